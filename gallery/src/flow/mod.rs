//! Flow: links and flows between entities.
