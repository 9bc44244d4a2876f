//! Two-level hierarchies for the part-of-a-whole charts (treemap,
//! circular packing): leaves with a path, summed into groups of items, and
//! the note under the chart.
//!
//! Copying a treemap or circular packing chart: copy this file too.

use crate::axes::{self, DrawResult};
use crate::scale;
use crate::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use std::collections::HashMap;

/// One item: its place in the hierarchy (outermost level first, e.g.
/// `["Asia", "China"]`) and its (positive) value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Leaf {
    /// The leaf's place in the hierarchy, outermost level first.
    pub path: Vec<String>,
    /// The leaf's size (positive), in the unit of `value_title`.
    pub value: f64,
}

/// A group of the first level with its total and its items of the second.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// The group's name (a first-level value).
    pub name: String,
    /// The sum of its children's values.
    pub total: f64,
    /// The second-level items, as (name, value).
    pub children: Vec<(String, f64)>,
}

/// The name of the group that gathers the smallest groups.
pub const OTHER: &str = "Other";

/// At most `max` groups (one palette colour each): beyond that, the
/// smallest are gathered into one "Other" group, last, that keeps all
/// their items. Returns the groups and how many were gathered.
pub fn lump_groups(mut groups: Vec<Group>, max: usize) -> (Vec<Group>, usize) {
    let max = max.max(2);
    if groups.len() <= max {
        return (groups, 0);
    }
    // Largest first: the tail is the smallest.
    groups.sort_by(|a, b| b.total.total_cmp(&a.total));
    let rest = groups.split_off(max - 1);
    let gathered = rest.len();
    let mut other = Group {
        name: OTHER.to_string(),
        total: 0.0,
        children: Vec::new(),
    };
    for g in rest {
        other.total += g.total;
        other.children.extend(g.children);
    }
    other.children.sort_by(|a, b| b.1.total_cmp(&a.1));
    groups.push(other);
    (groups, gathered)
}

/// The most items drawn (see [`lump`]).
pub const MAX_ITEMS: usize = 1000;

/// The first level's groups, largest first, each with its items of the
/// second level (or of the only level: the group itself), largest first.
/// Only positive finite values count.
pub fn groups(leaves: &[Leaf]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    // Keyed by the leaves' own names: a name is copied once, when its group
    // or item is first seen, not once per leaf (100,000s of leaves).
    let mut group_index: HashMap<&str, usize> = HashMap::new();
    let mut child_index: HashMap<(usize, &str), usize> = HashMap::new();
    for leaf in leaves.iter().filter(|l| l.value.is_finite() && l.value > 0.0) {
        let name = leaf.path.first().map_or("", String::as_str);
        let child = leaf.path.get(1).or(leaf.path.first()).map_or("", String::as_str);
        let g = *group_index.entry(name).or_insert_with(|| {
            groups.push(Group {
                name: name.to_string(),
                total: 0.0,
                children: Vec::new(),
            });
            groups.len() - 1
        });
        let Some(group) = groups.get_mut(g) else { continue };
        group.total += leaf.value;
        let c = *child_index.entry((g, child)).or_insert_with(|| {
            group.children.push((child.to_string(), 0.0));
            group.children.len() - 1
        });
        if let Some(slot) = group.children.get_mut(c) {
            slot.1 += leaf.value;
        }
    }
    // Past MAX_ITEMS / 2 groups (100,000 items of one level, each its own
    // group), the smallest groups first go into one "Other" named with
    // their number, so that the items lumped below stay few.
    if groups.len() > MAX_ITEMS / 2 {
        let (mut kept, gathered) = lump_groups(groups, MAX_ITEMS / 2);
        if let Some(other) = kept.last_mut().filter(|_| gathered > 0) {
            other.name = format!("{OTHER} ({} groups)", scale::format_count(gathered));
        }
        groups = kept;
    }
    lump(&mut groups, MAX_ITEMS);
    for g in &mut groups {
        g.children.sort_by(|a, b| b.1.total_cmp(&a.1));
    }
    groups.sort_by(|a, b| b.total.total_cmp(&a.total));
    groups
}

/// Keeps about `max` items in all, so that a frame stays fast: beyond the
/// largest, each group's smallest items are lumped into one "Other (n)"
/// item, which keeps every total, and so every area, honest.
fn lump(groups: &mut [Group], max: usize) {
    let mut values: Vec<f64> = groups.iter().flat_map(|g| g.children.iter().map(|c| c.1)).collect();
    if values.len() <= max {
        return;
    }
    values.sort_by(|a, b| b.total_cmp(a));
    let keep = max.saturating_sub(groups.len()).max(1);
    let Some(threshold) = values.get(keep - 1).copied() else {
        return;
    };
    for g in groups.iter_mut() {
        let (kept, rest): (Vec<_>, Vec<_>) = g.children.drain(..).partition(|(_, v)| *v >= threshold);
        g.children = kept;
        if !rest.is_empty() {
            let sum = rest.iter().map(|(_, v): &(String, f64)| v).sum();
            g.children.push((format!("Other ({})", rest.len()), sum));
        }
    }
}

/// "Area: Population", how many values were skipped and how many small
/// groups were `gathered` into "Other", muted, at the bottom left above
/// `bottom`; returns the new bottom of the free space.
pub fn draw_note<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    value_title: &str,
    leaves: &[Leaf],
    gathered: usize,
    bottom: i32,
) -> DrawResult<i32, DB> {
    let skipped = leaves
        .iter()
        .filter(|l| !(l.value.is_finite() && l.value > 0.0))
        .count();
    let mut parts = Vec::new();
    if !value_title.is_empty() {
        parts.push(format!("Area: {value_title}"));
    }
    if skipped > 0 {
        let s = if skipped == 1 { "" } else { "s" };
        parts.push(format!("{skipped} non-positive value{s} skipped"));
    }
    if gathered > 0 {
        parts.push(format!("the {gathered} smallest groups together as {OTHER}"));
    }
    if parts.is_empty() {
        return Ok(bottom);
    }
    // The chart's one footnote; what is drawn above it ends a half gap higher.
    let chart = axes::draw_footnote(area, theme, &parts.join("; "))?;
    Ok(bottom.min(axes::dims(&chart).1 - theme.gap / 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 100,000 items of one level (each its own group): a few hundred
    /// groups and about `MAX_ITEMS` items are left to draw, totals kept.
    #[test]
    fn a_hundred_thousand_groups_are_gathered_keeping_the_total() {
        let leaves: Vec<Leaf> = (0..100_000)
            .map(|k| Leaf {
                path: vec![format!("item{k}")],
                value: f64::from(k % 1000 + 1),
            })
            .collect();
        let total: f64 = leaves.iter().map(|l| l.value).sum();
        let g = groups(&leaves);
        assert!(g.len() <= MAX_ITEMS / 2, "{} groups", g.len());
        let items: usize = g.iter().map(|g| g.children.len()).sum();
        assert!(items <= MAX_ITEMS + g.len(), "{items} items");
        let drawn: f64 = g.iter().map(|g| g.total).sum();
        assert!((drawn - total).abs() < 1e-6 * total, "{drawn} vs {total}");
        assert!(
            g.iter().any(|g| g.name.starts_with("Other (99,501 groups)")),
            "{:?}",
            g.last().map(|g| &g.name)
        );
    }

    #[test]
    fn many_small_items_are_lumped_per_group_keeping_totals() {
        let leaves: Vec<Leaf> = (0..3000)
            .map(|k| Leaf {
                path: vec![format!("g{}", k % 3), format!("item{k}")],
                value: f64::from(k + 1),
            })
            .collect();
        let groups = groups(&leaves);
        let items: usize = groups.iter().map(|g| g.children.len()).sum();
        assert!(items <= MAX_ITEMS + groups.len(), "{items}");
        let total: f64 = groups.iter().flat_map(|g| g.children.iter().map(|c| c.1)).sum();
        assert!((total - 3000.0 * 3001.0 / 2.0).abs() < 1e-6);
        assert!(groups
            .iter()
            .all(|g| g.children.iter().any(|c| c.0.starts_with("Other ("))));
    }

    #[test]
    fn groups_beyond_the_palette_are_gathered_into_other() {
        let group = |name: &str, total: f64| Group {
            name: name.to_string(),
            total,
            children: vec![(format!("{name}1"), total)],
        };
        let all = vec![group("a", 5.0), group("b", 4.0), group("c", 1.0), group("d", 2.0)];
        let (kept, gathered) = lump_groups(all.clone(), 3);
        assert_eq!(gathered, 2);
        let names: Vec<&str> = kept.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(names, ["a", "b", OTHER]);
        assert!((kept[2].total - 3.0).abs() < 1e-12, "every value kept");
        assert_eq!(kept[2].children, vec![("d1".to_string(), 2.0), ("c1".to_string(), 1.0)]);
        assert_eq!(lump_groups(all, 4).1, 0, "enough colours: nothing gathered");
    }

    #[test]
    fn groups_sum_their_items_largest_first() {
        let leaf = |p: &[&str], value: f64| Leaf {
            path: p.iter().map(|s| (*s).to_string()).collect(),
            value,
        };
        let groups = groups(&[
            leaf(&["A", "x"], 1.0),
            leaf(&["B", "y"], 5.0),
            leaf(&["A", "z"], 3.0),
            leaf(&["A", "x"], 1.0),
            leaf(&["B", "w"], -2.0),
        ]);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].name, "A");
        assert!((groups[0].total - 5.0).abs() < 1e-12);
        assert_eq!(groups[0].children, vec![("z".to_string(), 3.0), ("x".to_string(), 2.0)]);
        assert_eq!(groups[1].children, vec![("y".to_string(), 5.0)]);
    }
}
