//! A confusion matrix from the Rust Graph Gallery: how a logistic
//! regression on two tumour measurements classifies 569 breast tumours,
//! written to confusion-matrix.png.

use rgg_gallery::statistics::confusion_matrix;
use rgg_gallery::theme;

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    // The 569 tumours of the breast cancer Wisconsin data (scikit-learn's
    // copy; Wolberg, Street & Mangasarian 1995, CC BY 4.0), counted from
    // datasets/breast_cancer_scores.csv: diagnosis against the class that a
    // cross-validated logistic regression on mean radius and mean texture
    // predicts at a probability of 0.5.
    let input = confusion_matrix::Input {
        title: "Tumours classified from radius and texture (cut-off 0.5)".into(),
        classes: vec!["malignant".into(), "benign".into()],
        counts: vec![vec![172.0, 40.0], vec![22.0, 335.0]],
        note: String::new(),
    };

    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("confusion-matrix.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    confusion_matrix::draw(&root, &input, confusion_matrix::Variant::Counts, &theme)?;
    root.present()?;
    println!("wrote confusion-matrix.png");
    Ok(())
}
