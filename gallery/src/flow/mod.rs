//! Flow: links and flows between entities.
pub mod arc_diagram;
pub mod chord;
pub mod edge_bundling;
pub mod network;
pub mod sankey;
