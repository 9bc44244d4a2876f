//! Data: tables, the embedded samples, and binding columns to chart roles.
pub mod binding;
pub mod embedded;
pub mod geo;
pub mod load;
pub mod network;
pub mod parse;
pub mod profile;
pub mod sample;
pub mod schema;
pub mod table;
pub mod user;

pub use binding::{Binding, Role, RoleColumns};
pub use table::Table;
