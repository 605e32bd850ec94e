//! nazif's integration tests: one binary, one module per concern.

mod api;
#[cfg(feature = "cli")]
mod cli;
#[cfg(feature = "cli")]
mod corpus;
mod fixtures;
mod hostile;
#[cfg(feature = "cli")]
mod jsonl;
mod properties;
