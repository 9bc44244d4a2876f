//! An ROC curve from the Rust Graph Gallery: how well three simple
//! classifiers tell malignant from benign breast tumours, written to roc.png.

use rgg_gallery::statistics::roc;
use rgg_gallery::theme;

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    // Every 6th of the 569 tumours of the breast cancer Wisconsin data
    // (scikit-learn's copy; Wolberg, Street & Mangasarian 1995, CC BY 4.0),
    // as datasets/breast_cancer_scores.csv holds them: whether the tumour
    // is malignant, and each classifier's cross-validated probability that
    // it is (datasets/scripts/breast_cancer_scores.py).
    let malignant = [
        true, true, true, true, true, true, true, true, false, true, false, false, true, true, false, false, false,
        false, true, false, false, true, true, true, false, false, true, true, true, false, true, true, false, true,
        false, true, false, false, false, false, false, false, true, true, true, false, false, true, false, false,
        true, false, false, false, false, true, false, false, false, false, false, true, true, false, false, false,
        false, false, true, true, false, false, true, false, true, false, false, false, true, false, false, false,
        true, true, false, false, true, false, false, false, false, false, false, false, true,
    ];
    let all_features = [
        1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.96, 1.0, 0.007, 0.944, 0.0, 0.001, 1.0, 1.0, 0.005, 0.053, 0.0, 0.002, 1.0,
        0.0, 0.001, 0.958, 0.997, 1.0, 0.0, 0.017, 1.0, 1.0, 1.0, 0.0, 1.0, 0.994, 0.0, 1.0, 0.124, 1.0, 0.01, 0.0,
        0.106, 0.0, 0.011, 0.002, 1.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.001, 0.0, 0.001, 0.964, 0.0,
        0.001, 0.001, 0.0, 0.0, 1.0, 0.999, 0.005, 0.001, 0.0, 0.226, 0.001, 0.999, 0.925, 0.004, 0.001, 1.0, 0.017,
        0.954, 0.0, 0.328, 0.031, 1.0, 0.0, 0.001, 0.039, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.013, 0.0, 0.0, 0.0, 0.029,
        0.022, 1.0,
    ];
    let radius_texture = [
        0.708, 0.964, 0.996, 0.996, 0.884, 0.988, 0.486, 0.994, 0.03, 0.701, 0.004, 0.009, 0.966, 0.997, 0.035, 0.688,
        0.054, 0.089, 0.999, 0.002, 0.008, 0.422, 0.836, 0.42, 0.008, 0.192, 0.943, 0.984, 0.963, 0.01, 1.0, 0.954,
        0.006, 0.99, 0.081, 0.998, 0.051, 0.011, 0.27, 0.004, 0.134, 0.114, 0.99, 0.809, 0.934, 0.272, 0.011, 0.981,
        0.039, 0.034, 0.986, 0.105, 0.032, 0.004, 0.039, 0.562, 0.051, 0.014, 0.024, 0.013, 0.077, 0.998, 0.994, 0.106,
        0.082, 0.004, 0.217, 0.115, 0.966, 0.936, 0.04, 0.005, 0.993, 0.285, 0.908, 0.087, 0.322, 0.727, 0.963, 0.013,
        0.055, 0.312, 0.955, 0.945, 0.002, 0.018, 0.968, 0.033, 0.09, 0.019, 0.013, 0.009, 0.577, 0.625, 0.999,
    ];
    let tree = [
        0.0, 0.984, 0.985, 0.985, 0.969, 0.992, 0.333, 0.984, 0.063, 0.985, 0.033, 0.311, 0.984, 0.992, 0.046, 0.353,
        0.048, 0.298, 0.992, 0.046, 0.063, 0.298, 0.969, 0.033, 0.048, 0.333, 0.969, 0.984, 0.992, 0.046, 0.992, 0.984,
        0.048, 0.992, 0.048, 0.985, 0.046, 0.063, 0.063, 0.063, 0.353, 0.033, 0.992, 0.992, 0.992, 0.046, 0.048, 0.984,
        0.311, 0.033, 0.984, 0.054, 0.033, 0.054, 0.046, 0.4, 0.048, 0.054, 0.063, 0.054, 0.048, 0.969, 0.471, 0.033,
        0.054, 0.054, 0.353, 0.048, 0.985, 0.985, 0.048, 0.033, 0.992, 0.295, 0.969, 0.311, 0.063, 0.311, 0.992, 0.063,
        0.048, 0.033, 0.969, 0.969, 0.046, 0.048, 0.992, 0.295, 0.033, 0.054, 0.033, 0.046, 0.333, 0.295, 0.969,
    ];
    let input = roc::Input {
        title: "Telling malignant from benign tumours: ROC of three classifiers".into(),
        labels: malignant.to_vec(),
        classifiers: vec![
            roc::Classifier {
                name: "Logistic regression, 30 features".into(),
                scores: all_features.to_vec(),
            },
            roc::Classifier {
                name: "Logistic regression, radius + texture".into(),
                scores: radius_texture.to_vec(),
            },
            roc::Classifier {
                name: "Decision tree (depth 2), radius + texture".into(),
                scores: tree.to_vec(),
            },
        ],
        thresholds: Vec::new(),
        note: "A sample of 95 of the 569 tumours".into(),
    };

    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("roc.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    roc::draw(&root, &input, roc::Variant::Curve, &theme)?;
    root.present()?;
    println!("wrote roc.png");
    Ok(())
}
