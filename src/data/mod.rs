//! Data: tables, the embedded samples, and binding columns to chart roles.
pub mod binding;
pub mod embedded;
pub mod table;

pub use binding::{Binding, Role};
pub use table::Table;
