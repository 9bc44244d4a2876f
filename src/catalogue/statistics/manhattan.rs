//! The manhattan chart's catalogue entry: its roles, its sample and how a
//! table becomes its input.

use crate::catalogue::chart::{Entry, Sample};
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{RoleSpec, ANY, NUMBER};
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::statistics::manhattan;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Group, ANY, "the chromosome of each SNP (1-22, X, Y, MT)"),
        RoleSpec::required(Role::X, NUMBER, "its position on the chromosome (base pairs)"),
        RoleSpec::required(Role::Y, NUMBER, "its p-value (the chart takes -log10)"),
        RoleSpec::optional(Role::Names, ANY, "a name for the top SNPs: the nearest gene or the SNP id"),
    ],
    sample: Sample {
        dataset: "gwas_body_fat.csv",
        title: "Genome-wide association with body fat percentage",
        filter: None,
        roles: &[
            (Role::Group, "chromosome"),
            (Role::X, "position"),
            (Role::Y, "p"),
            (Role::Names, "gene"),
        ],
        labels: &[],
    },
    variant_samples: &[],
    params: &[ParamSpec::number(
        "significance",
        (4.0, 12.0, 0.5),
        7.3,
        "the genome-wide line as -log10 p (auto: 7.3, p = 5e-8, about a million tests corrected)",
    )],
};

/// What the embedded sample left out, said on the chart.
const SAMPLE_NOTE: &str =
    "3,968 of 159,312 SNPs with p < 0.05 (all the source lists): all with p < 1e-4, every 50th other";

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<manhattan::Input> {
    let chromosomes = b.categories(table, Role::Group)?;
    let positions = b.numbers(table, Role::X)?;
    let p = b.numbers(table, Role::Y)?;
    let names = b.optional_categories(table, Role::Names)?;
    let snps = chromosomes
        .into_iter()
        .enumerate()
        .map(|(i, chromosome)| {
            let position = positions.get(i).copied().unwrap_or(f64::NAN);
            manhattan::Snp {
                // Without a name a SNP is known by where it is.
                name: format!("chr{chromosome}:{:.1} Mb", position / 1e6),
                gene: names.as_ref().and_then(|n| n.get(i)).cloned().unwrap_or_default(),
                chromosome,
                position,
                p: p.get(i).copied().unwrap_or(f64::NAN),
            }
        })
        .collect();
    let note = if table.source.ends_with("gwas_body_fat.csv") {
        SAMPLE_NOTE.to_string()
    } else {
        String::new()
    };
    let genome_wide = b.param("significance").map_or(5e-8, |x| 10f64.powf(-x));
    Ok(manhattan::Input {
        title: b.title.clone(),
        snps,
        genome_wide,
        // A suggestive line at or above the genome-wide one says nothing.
        suggestive: if genome_wide < 1e-5 { 1e-5 } else { f64::NAN },
        note,
    })
}

#[cfg(test)]
mod tests {
    use crate::catalogue::{chart, screen};

    #[test]
    fn the_terminal_names_the_fto_region_and_the_chromosomes() {
        let text = screen(chart("manhattan"), 1, (100, 30)).join("\n");
        assert!(text.contains("FTO"), "{text}");
        // The IRS1 region's lead SNP has no gene in the data: named by place.
        assert!(text.contains("chr2:226.8 Mb"), "{text}");
        let text = screen(chart("manhattan"), 0, (80, 24)).join("\n");
        assert!(text.contains("16"), "{text}");
        assert!(text.contains("Genome-wide"), "{text}");
    }

    #[test]
    fn significance_moves_the_genome_wide_line() {
        let prepared = chart("manhattan")
            .prepare_sample_with(0, |mut b| {
                b.params = vec![("significance", 9.0)];
                b
            })
            .expect("sample");
        let area = ratatui::layout::Rect::new(0, 0, 120, 30);
        let mut buf = ratatui::buffer::Buffer::empty(area);
        crate::render::draw_cells(
            crate::render::Figure::new(&prepared, 0),
            &mut buf,
            area,
            crate::render::cell::CellMode::Braille,
            crate::render::cell::ColorDepth::TrueColor,
            &rgg_gallery::theme::Theme::terminal(),
        );
        let text = crate::render::buffer_to_text(&buf, false);
        assert!(text.contains("p = 1e-9"), "{text}");
        let Ok(crate::catalogue::Prepared::Manhattan(low)) = chart("manhattan").prepare_sample_with(0, |mut b| {
            b.params = vec![("significance", 4.0)];
            b
        }) else {
            panic!("a manhattan sample");
        };
        assert!(low.suggestive.is_nan(), "no suggestive line above the genome-wide one");
        let default = screen(chart("manhattan"), 0, (120, 30)).join("\n");
        assert!(default.contains("p = 5e-8"), "{default}");
    }
}
