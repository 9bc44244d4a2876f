//! Statistics and ML: how well a model works, what an analysis found, and
//! which frequencies a signal holds.
pub mod confusion_matrix;
pub mod forest_plot;
pub mod manhattan;
pub mod roc;
pub mod spectrogram;
pub mod volcano;
