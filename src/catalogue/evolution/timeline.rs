//! The timeline's catalogue entry: its roles, its sample and how a table
//! becomes its input.

use anyhow::{bail, Result};
use crate::catalogue::chart::{Entry, Sample};
use crate::data::binding::{RoleSpec, ANY, NUMBER_OR_DATE};
use crate::data::table::{Column, Kind};
use crate::data::{Binding, Role, Table};
use rgg_gallery::evolution::timeline;
use std::borrow::Cow;

pub const ENTRY: Entry = Entry {
    roles: &[
        RoleSpec::required(Role::Names, ANY, "the name of each event: one row each"),
        RoleSpec::required(
            Role::X,
            NUMBER_OR_DATE,
            "when each event starts; a second column after a comma gives when it ends (without one, events are milestones)",
        ),
        RoleSpec::optional(Role::Group, ANY, "the event's category: its colour, and the lanes of variant lanes"),
    ],
    sample: Sample {
        dataset: "us_presidents.csv",
        title: "US presidents from Eisenhower to George W. Bush, by party",
        filter: None,
        roles: &[(Role::Names, "name"), (Role::X, "start,end"), (Role::Group, "party")],
        labels: &[(Role::Names, "President"), (Role::X, "Term of office"), (Role::Group, "Party")],
    },
    variant_samples: &[],
    params: &[],
};

pub fn prepare(table: &mut Cow<Table>, b: &Binding) -> Result<timeline::Input> {
    let names = b.categories(table, Role::Names)?;
    let columns = b.number_columns(table, Role::X)?;
    let (starts, ends) = match &columns[..] {
        [start] => (&start.1, None),
        [start, end] => (&start.1, Some(&end.1)),
        _ => bail!("--x takes one column (the start) or two (start,end), not {}", columns.len()),
    };
    let groups = b.optional_categories(table, Role::Group)?;
    let events = names
        .iter()
        .enumerate()
        .map(|(i, label)| timeline::Event {
            label: label.clone(),
            group: groups.as_ref().and_then(|g| g.get(i).cloned()).unwrap_or_default(),
            start: starts.get(i).copied().unwrap_or(f64::NAN),
            end: ends.and_then(|e| e.get(i).copied()).unwrap_or(f64::NAN),
        })
        .collect();
    let kind = b
        .column_names(Role::X)
        .first()
        .and_then(|name| table.column(name))
        .map(Column::kind);
    Ok(timeline::Input {
        title: b.title.clone(),
        x_title: b.label(Role::X).replace(',', " to "),
        label_title: b.label(Role::Names),
        group_title: b.label(Role::Group),
        x_is_date: kind == Some(Kind::Date),
        events,
    })
}

#[cfg(test)]
mod tests {
    use crate::catalogue::{chart, screen};

    #[test]
    fn the_gantt_names_every_president_at_80x24() {
        let text = screen(chart("timeline"), 0, (80, 24)).join("\n");
        for name in ["Eisenhower", "Kennedy", "Ford", "Clinton", "Republican", "Democratic"] {
            assert!(text.contains(name), "{name} missing:\n{text}");
        }
    }
}
