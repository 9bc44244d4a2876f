//! The wordcloud chart's catalogue entry: its roles, its sample and how
//! a table becomes its input.

use anyhow::Result;
use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{group_values, RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use rgg_gallery::ranking::wordcloud;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Names, ANY, "the words"),
        RoleSpec::required(Role::Values, NUMBER, "how often each word occurs (positive); rows with the same word are summed"),
    ],
    sample: Sample {
        dataset: "words_moby_dick.csv",
        title: "Most frequent words in Moby-Dick",
        filter: None,
        roles: &[(Role::Names, "word"), (Role::Values, "count")],
        labels: &[(Role::Values, "Occurrences")],
    },
    variant_samples: &[],
    params: &[ParamSpec::count("words", 10, 300, "how many of the most frequent words are placed (auto: 150)")],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<wordcloud::Input> {
    let names = b.categories(table, Role::Names)?;
    let values = b.numbers(table, Role::Values)?;
    let words = group_values(&names, &values)
        .into_iter()
        .filter(|(text, _)| text != "(missing)")
        .map(|(text, counts)| wordcloud::Word {
            text,
            count: counts.iter().filter(|v| v.is_finite()).sum(),
        })
        .collect();
    Ok(wordcloud::Input {
        max_words: b.param("words").map(|n| n as usize),
        title: b.title.clone(),
        value_title: b.label(Role::Values),
        words,
    })
}

#[cfg(test)]
mod tests {
    
    use crate::catalogue::{chart, screen};
    #[test]
    fn the_wordcloud_leaves_out_empty_words_and_merges_plurals() {
        for variant in 0..chart("wordcloud").variants.len() {
            let lines = screen(chart("wordcloud"), variant, (100, 30));
            let words: Vec<&str> = lines.iter().flat_map(|l| l.split_whitespace()).collect();
            for empty in ["one", "now", "upon", "whales", "whale's"] {
                assert!(
                    !words.contains(&empty),
                    "{variant}: {empty} drawn\n{}",
                    lines.join("\n")
                );
            }
            assert!(words.contains(&"whale"));
            let foot = lines
                .iter()
                .rev()
                .find(|l| !l.trim().is_empty())
                .cloned()
                .unwrap_or_default();
            assert!(foot.trim_start().starts_with("Left out"), "{foot}");
        }
    }
}
