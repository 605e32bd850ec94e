//! nazif's integration tests: one binary, one module per concern.

mod api;
mod fixtures;
mod properties;
