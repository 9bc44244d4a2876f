//! Labels beside marks on a map, placed where they overlap nothing.

use crate::axes::DrawResult;
use crate::geo_fit::Rect;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Greedy label placement: each label, in order of priority, takes the
/// first of its candidate boxes that stays inside `bounds` and overlaps no
/// box taken before (nor any of `blocked`). Returns the chosen candidate
/// per label, `None` for labels left out.
pub fn place_labels(candidates: &[Vec<Rect>], bounds: Rect, blocked: &[Rect]) -> Vec<Option<usize>> {
    let mut taken: Vec<Rect> = blocked.to_vec();
    candidates
        .iter()
        .map(|boxes| {
            let choice = boxes
                .iter()
                .position(|b| bounds.contains(b) && taken.iter().all(|t| !t.overlaps(b)));
            if let Some(b) = choice.and_then(|i| boxes.get(i)) {
                taken.push(*b);
            }
            choice
        })
        .collect()
}

/// Candidate boxes for a `w` x `h` label next to a mark of radius `r` at
/// (x, y): right, left, above, below.
pub fn label_candidates(x: i32, y: i32, r: i32, w: i32, h: i32, gap: i32) -> Vec<Rect> {
    vec![
        Rect {
            x: x + r + gap,
            y: y - h / 2,
            w,
            h,
        },
        Rect {
            x: x - r - gap - w,
            y: y - h / 2,
            w,
            h,
        },
        Rect {
            x: x - w / 2,
            y: y - r - h,
            w,
            h,
        },
        Rect {
            x: x - w / 2,
            y: y + r,
            w,
            h,
        },
    ]
}

/// Draws a text with a halo in the background colour (so it reads over
/// lines and fills) with its top left corner at `at`.
pub fn draw_label<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    text: &str,
    at: Rect,
) -> DrawResult<(), DB> {
    let style = theme.label_style().pos(Pos::new(HPos::Left, VPos::Top));
    area.draw(&Rectangle::new(
        [(at.x, at.y), (at.right() - 1, at.bottom() - 1)],
        theme.background.mix(0.7).filled(),
    ))?;
    area.draw(&Text::new(text.to_string(), (at.x, at.y), style))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_never_overlap() {
        let bounds = Rect {
            x: 0,
            y: 0,
            w: 100,
            h: 100,
        };
        let a = label_candidates(50, 50, 2, 20, 10, 1);
        let candidates = vec![a; 5];
        let chosen = place_labels(&candidates, bounds, &[]);
        assert_eq!(&chosen[..2], &[Some(0), Some(1)], "right first, then left");
        let kept: Vec<Rect> = chosen
            .iter()
            .zip(&candidates)
            .filter_map(|(c, boxes)| c.and_then(|i| boxes.get(i)).copied())
            .collect();
        for (i, p) in kept.iter().enumerate() {
            assert!(kept.iter().skip(i + 1).all(|q| !p.overlaps(q)), "{kept:?}");
        }
        assert!(chosen.contains(&None), "five labels on one spot cannot all fit");
        let edge = label_candidates(95, 50, 2, 20, 10, 1);
        assert_eq!(
            place_labels(&[edge], bounds, &[]),
            vec![Some(1)],
            "flips left at the edge"
        );
    }
}
