//! What several charts' catalogue files share: column readers (values by
//! category, x/y groups, hierarchy paths, lon/lat, edge lists), role specs
//! and samples.

use crate::catalogue::chart::Sample;
use crate::catalogue::params::ParamSpec;
use crate::data::binding::{group_values, xy_by_group, RoleSpec, ANY};
use crate::data::network::EdgeList;
use crate::data::table::{Column, Kind};
use crate::data::{Binding, Role, Table};
use anyhow::Result;
use rgg_gallery::flow::network;
use rgg_gallery::geo::Projection;
use std::collections::HashMap;

// distribution
/// The y values split by the optional x role (one unnamed group without it).
pub(crate) fn values_by_x(table: &Table, b: &Binding) -> Result<Vec<(String, Vec<f64>)>> {
    let values = b.numbers(table, Role::Y)?;
    Ok(match b.optional_categories(table, Role::X)? {
        Some(keys) => group_values(&keys, &values),
        None => vec![(String::new(), values)],
    })
}

// ranking
/// Empty keys become "(missing)", as in `group_values`.
pub(crate) fn keys_or_missing(keys: Vec<String>) -> Vec<String> {
    keys.into_iter()
        .map(|k| if k.is_empty() { String::from("(missing)") } else { k })
        .collect()
}

// ranking
/// The penguins' four measurements, by species.
pub(crate) const PENGUIN_MEASURES: Sample = Sample {
    dataset: "penguins.csv",
    title: "Penguin measurements by species",
    filter: None,
    roles: &[
        (
            Role::Dimensions,
            "bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g",
        ),
        (Role::Group, "species"),
    ],
    labels: &[],
};

// ranking
/// A column name as an axis title: `flipper_length_mm` becomes
/// "Flipper length (mm)"; a short last word is taken for the unit. Names
/// without separators stay as they are ("mpg").
pub(crate) fn readable(column: &str) -> String {
    if !column.contains(['_', '.']) {
        return column.to_string();
    }
    let words: Vec<&str> = column.split(['_', '.']).filter(|w| !w.is_empty()).collect();
    let (body, unit) = match words.split_last() {
        Some((last, rest)) if !rest.is_empty() && last.len() <= 2 && last.chars().all(|c| c.is_ascii_lowercase()) => {
            (rest.to_vec(), Some(*last))
        }
        _ => (words, None),
    };
    let mut text = body.join(" ");
    if let Some(first) = text.get(..1) {
        text = first.to_uppercase() + text.get(1..).unwrap_or_default();
    }
    match unit {
        Some(u) => format!("{text} ({u})"),
        None => text,
    }
}

// ranking
/// Axis titles, the dimension columns (values per row) and each row's group
/// ("" without groups).
pub(crate) type DimensionColumns = (Vec<String>, Vec<Vec<f64>>, Vec<String>);

// ranking
pub(crate) fn dimensions(table: &Table, b: &Binding) -> Result<DimensionColumns> {
    let columns = b.number_columns(table, Role::Dimensions)?;
    let rows = columns.first().map_or(0, |(_, c)| c.len());
    let keys = match b.optional_categories(table, Role::Group)? {
        Some(keys) => keys_or_missing(keys),
        None => vec![String::new(); rows],
    };
    let names = columns.iter().map(|(n, _)| readable(n)).collect();
    Ok((names, columns.into_iter().map(|(_, c)| c).collect(), keys))
}

// part_of_a_whole
/// One (path, summed value) per distinct path of the path columns, in order
/// of first appearance; an empty level reads "(missing)", rows without a
/// value are left out.
pub(crate) fn path_values(table: &Table, b: &Binding) -> Result<Vec<(Vec<String>, f64)>> {
    let levels = b.category_columns(table, Role::Path)?;
    let values = b.numbers(table, Role::Values)?;
    let mut out: Vec<(Vec<String>, f64)> = Vec::new();
    let mut index: HashMap<Vec<String>, usize> = HashMap::new();
    for (row, value) in values.iter().enumerate().filter(|(_, v)| v.is_finite()) {
        let path: Vec<String> = levels
            .iter()
            .map(|(_, labels)| match labels.get(row).map(String::as_str) {
                None | Some("") => "(missing)".to_string(),
                Some(l) => l.to_string(),
            })
            .collect();
        let i = *index.entry(path.clone()).or_insert_with(|| {
            out.push((path, 0.0));
            out.len() - 1
        });
        if let Some((_, v)) = out.get_mut(i) {
            *v += value;
        }
    }
    Ok(out)
}

// evolution
/// A group's name and its (x, y) points.
pub(crate) type XyGroup = (String, Vec<(f64, f64)>);

// evolution
/// (x, y) points per group, groups in order of first appearance; one
/// unnamed group when no group column is bound.
pub(crate) fn xy_groups(table: &Table, b: &Binding) -> Result<Vec<XyGroup>> {
    let keys = b.optional_categories(table, Role::Group)?;
    let (xs, ys) = (b.numbers(table, Role::X)?, b.numbers(table, Role::Y)?);
    Ok(xy_by_group(keys.as_deref(), xs, ys)
        .into_iter()
        .map(|(name, x, y)| (name, x.into_iter().zip(y).collect()))
        .collect())
}

// map
/// (lon, lat) pairs of the bound columns.
pub(crate) fn lon_lat(table: &Table, b: &Binding) -> Result<Vec<(f64, f64)>> {
    let lat = b.numbers(table, Role::Lat)?;
    let lon = b.numbers(table, Role::Lon)?;
    Ok(lon.into_iter().zip(lat).collect())
}

/// The world projections a map takes (`--param projection=`), by their
/// ids in `Projection::WORLD`; `auto` is the chart's own (Equal Earth).
pub(crate) const PROJECTION: ParamSpec = ParamSpec::choice(
    "projection",
    &["equal-earth", "natural-earth", "mercator", "equirectangular"],
    "how the world is flattened: equal-earth keeps areas, mercator swells the far north and south (see Greenland)",
);

/// The world projection the binding asks for (`None`: the chart's own).
/// A map drawn in Albers USA refuses it, saying why: `map` names it ("the
/// us-states map").
pub(crate) fn world_projection(b: &Binding, map: &str, albers_usa: bool) -> Result<Option<Projection>> {
    let Some(id) = PROJECTION.option(b.param(PROJECTION.name)) else {
        return Ok(None);
    };
    if albers_usa {
        anyhow::bail!("{map} is drawn in Albers USA; projection applies to world maps");
    }
    Ok(Projection::WORLD.into_iter().find(|p| p.id() == id))
}

// flow
pub(crate) const SOURCE: RoleSpec = RoleSpec::required(Role::Source, ANY, "the node a link starts from");

// flow
pub(crate) const TARGET: RoleSpec = RoleSpec::required(Role::Target, ANY, "the node a link goes to");

// flow
pub(crate) const GROUP: RoleSpec = RoleSpec::optional(
    Role::Group,
    ANY,
    "the source node's group (node colour); a second column after a comma gives the target node's group",
);

// flow
/// The edge list of a table, with node groups when `--group` is bound.
pub(crate) fn edge_list(table: &Table, b: &Binding, weighted: bool) -> Result<EdgeList> {
    let sources = b.categories(table, Role::Source)?;
    let targets = b.categories(table, Role::Target)?;
    let weights = if weighted && b.column_name(Role::Values).is_some() {
        Some(b.numbers(table, Role::Values)?)
    } else {
        None
    };
    let mut numbered = false;
    let groups: Vec<Vec<String>> = if b.column_names(Role::Group).is_empty() {
        Vec::new()
    } else {
        b.category_columns(table, Role::Group)?
            .into_iter()
            .map(|(name, labels)| {
                numbered |= table.column(&name).map(Column::kind) == Some(Kind::Number);
                labels
            })
            .collect()
    };
    let mut list = EdgeList::build(
        &sources,
        &targets,
        weights.as_deref(),
        groups.first().map(Vec::as_slice),
        groups.get(1).map(Vec::as_slice),
    );
    if numbered {
        name_groups_after_hubs(&mut list);
    }
    Ok(list)
}

// flow
/// Numbered groups ("3") say nothing: each is named after its most linked
/// member instead ("Valjean's circle"; ties: the first seen).
pub(crate) fn name_groups_after_hubs(list: &mut EdgeList) {
    let degree = list.degrees();
    let mut hub: Vec<(String, usize, usize)> = Vec::new();
    for (i, g) in list.groups.iter().enumerate() {
        if g.is_empty() {
            continue;
        }
        let d = degree.get(i).copied().unwrap_or(0);
        match hub.iter_mut().find(|(name, _, _)| name == g) {
            Some(h) if d > h.2 => (h.1, h.2) = (i, d),
            Some(_) => {}
            None => hub.push((g.clone(), i, d)),
        }
    }
    for g in &mut list.groups {
        if let Some((_, i, _)) = hub.iter().find(|(name, _, _)| name == g) {
            if let Some(member) = list.nodes.get(*i) {
                *g = format!("{member}'s circle");
            }
        }
    }
}

// flow
/// A graph cut to its [`network::MAX_NODES`] most connected nodes and the
/// links between them, with the footnote that says so ("" when whole).
pub(crate) fn keep_most_connected(
    nodes: Vec<network::Node>,
    edges: Vec<network::Edge>,
) -> (Vec<network::Node>, Vec<network::Edge>, String) {
    let total = nodes.len();
    let kept = network::most_connected(total, &edges, network::MAX_NODES);
    if kept.len() == total {
        return (nodes, edges, String::new());
    }
    let mut renumber = vec![usize::MAX; total];
    for (new, old) in kept.iter().enumerate() {
        renumber[*old] = new;
    }
    let all_edges = edges.len();
    let edges: Vec<network::Edge> = edges
        .into_iter()
        .filter_map(|e| {
            let (source, target) = (*renumber.get(e.source)?, *renumber.get(e.target)?);
            (source != usize::MAX && target != usize::MAX).then_some(network::Edge { source, target, ..e })
        })
        .collect();
    let nodes: Vec<network::Node> = nodes
        .into_iter()
        .enumerate()
        .filter(|(i, _)| renumber[*i] != usize::MAX)
        .map(|(_, n)| n)
        .collect();
    let count = rgg_gallery::scale::format_count;
    let note = format!(
        "Showing the {} most connected of {} nodes ({} of {} links).",
        count(nodes.len()),
        count(total),
        count(edges.len()),
        count(all_edges)
    );
    (nodes, edges, note)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 100,000 nodes in a chain plus a hub: the drawing keeps 500 nodes,
    /// only links between kept nodes, and says what it left out.
    #[test]
    fn a_huge_network_keeps_its_most_connected_nodes_with_a_note() {
        let n = 100_000;
        let nodes: Vec<network::Node> = (0..n)
            .map(|i| network::Node {
                name: format!("n{i}"),
                group: String::new(),
            })
            .collect();
        let link = |source, target| network::Edge {
            source,
            target,
            weight: 1.0,
        };
        let mut edges: Vec<network::Edge> = (1..n).map(|i| link(i - 1, i)).collect();
        edges.extend((1000..1100).map(|i| link(5, i)));
        let (kept, kept_edges, note) = keep_most_connected(nodes, edges);
        assert_eq!(kept.len(), network::MAX_NODES);
        assert!(kept.iter().any(|k| k.name == "n5"), "the hub stays");
        assert!(kept_edges
            .iter()
            .all(|e| e.source < kept.len() && e.target < kept.len()));
        assert!(
            note.starts_with("Showing the 500 most connected of 100,000 nodes"),
            "{note}"
        );
        let small = vec![network::Node::default(); 3];
        assert_eq!(keep_most_connected(small, vec![link(0, 1)]).2, "");
    }

    #[test]
    fn numbered_groups_are_named_after_their_most_linked_member() {
        let mut list = EdgeList {
            nodes: ["Myriel", "Valjean", "Javert", "Fantine"].map(String::from).to_vec(),
            groups: ["1", "1", "2", ""].map(String::from).to_vec(),
            edges: vec![(0, 1, 1.0), (1, 2, 1.0), (1, 3, 1.0)],
        };
        name_groups_after_hubs(&mut list);
        assert_eq!(
            list.groups,
            vec!["Valjean's circle", "Valjean's circle", "Javert's circle", ""]
        );
    }

    #[test]
    fn paths_are_summed_per_distinct_path() {
        let t = Table::from_csv("t.csv", "c,k,v\nA,x,1\nA,y,2\nA,x,3\nB,,4\nB,z,\n").expect("table");
        let b = Binding::new("t").with(Role::Path, "c,k").with(Role::Values, "v");
        let paths = path_values(&t, &b).expect("paths");
        let key = |p: &[&str]| p.iter().map(|s| (*s).to_string()).collect::<Vec<_>>();
        assert_eq!(
            paths,
            vec![
                (key(&["A", "x"]), 4.0),
                (key(&["A", "y"]), 2.0),
                (key(&["B", "(missing)"]), 4.0)
            ]
        );
    }

    #[test]
    fn column_names_read_as_axis_titles() {
        assert_eq!(readable("flipper_length_mm"), "Flipper length (mm)");
        assert_eq!(readable("body_mass_g"), "Body mass (g)");
        assert_eq!(readable("mpg"), "mpg");
        assert_eq!(readable("GDP_per_capita"), "GDP per capita");
        assert_eq!(readable(""), "");
    }

    #[test]
    fn projection_options_are_the_gallerys_world_projections() {
        let crate::catalogue::params::ParamKind::Choice { options } = PROJECTION.kind else {
            panic!("a choice");
        };
        assert_eq!(options, Projection::WORLD.map(Projection::id));
        let b = |v: f64| {
            let mut b = Binding::new("t");
            b.params = vec![(PROJECTION.name, v)];
            b
        };
        assert_eq!(
            world_projection(&b(2.0), "m", false).ok(),
            Some(Some(Projection::Mercator))
        );
        assert_eq!(
            world_projection(&Binding::new("t"), "m", true).ok(),
            Some(None),
            "auto is fine anywhere"
        );
        let err = world_projection(&b(2.0), "the us-states map", true).expect_err("refused");
        assert_eq!(
            err.to_string(),
            "the us-states map is drawn in Albers USA; projection applies to world maps"
        );
    }
}
