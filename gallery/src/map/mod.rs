//! Map: values on geography.
