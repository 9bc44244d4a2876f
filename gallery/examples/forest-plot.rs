//! A forest plot from the Rust Graph Gallery: the odds of lung cancer for
//! smokers against non-smokers in eight Chinese cities, and pooled, written
//! to forest-plot.png.

use rgg_gallery::statistics::forest_plot;
use rgg_gallery::theme;

use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular()).map_err(|_| "font")?;
    register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold()).map_err(|_| "font")?;

    // datasets/china_smoking.csv: the 2x2 tables statsmodels ships (Z. Liu,
    // Int. J. Epidemiol. 21:197-201, 1992) as odds ratios with 95%
    // confidence intervals and inverse-variance weights (percent), and the
    // Mantel-Haenszel pooled odds ratio (datasets/scripts/china_smoking_odds_ratios.py).
    let cities = [
        ("Beijing", 2.196, 1.343, 3.59, 3.5),
        ("Shanghai", 2.143, 1.846, 2.488, 37.7),
        ("Shenyang", 2.175, 1.844, 2.565, 30.9),
        ("Nanjing", 2.85, 1.969, 4.125, 6.2),
        ("Harbin", 2.319, 1.775, 3.031, 11.8),
        ("Zhengzhou", 1.588, 1.095, 2.303, 6.1),
        ("Taiyuan", 2.369, 1.135, 4.945, 1.6),
        ("Nanchang", 2.003, 1.091, 3.68, 2.3),
    ];
    let row = |(label, estimate, low, high, weight): (&str, f64, f64, f64, f64)| forest_plot::Estimate {
        label: label.into(),
        estimate,
        low,
        high,
        weight,
    };
    let input = forest_plot::Input {
        title: "Smokers' odds of lung cancer in eight Chinese cities".into(),
        x_title: "Odds ratio, smokers vs non-smokers (95% CI)".into(),
        rows: cities.into_iter().map(row).collect(),
        pooled: Some(row(("Pooled (Mantel-Haenszel)", 2.174, 1.984, 2.383, 100.0))),
        reference: 1.0,
        log_scale: true,
        note: String::new(),
    };

    let (width, height) = (1200, 800);
    let root = BitMapBackend::new("forest-plot.png", (width, height)).into_drawing_area();
    let theme = theme::Theme::light_for(width, height);
    root.fill(&theme.background)?;
    forest_plot::draw(&root, &input, forest_plot::Variant::Intervals, &theme)?;
    root.present()?;
    println!("wrote forest-plot.png");
    Ok(())
}
