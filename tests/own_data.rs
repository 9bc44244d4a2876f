//! Bring your own data: every command of the issue, every odd-but-valid
//! file kind, and every refusal with a message that names the place.

use assert_cmd::Command;
use predicates::prelude::*;

fn rgg() -> Command {
    let mut cmd = Command::cargo_bin("rgg").expect("binary");
    cmd.env_remove("NO_COLOR").env_remove("COLORTERM");
    cmd
}

fn fixture(name: &str) -> String {
    format!("tests/fixtures/{name}")
}

fn show(args: &[&str]) -> (bool, String, String) {
    let out = rgg()
        .arg("show")
        .args(args)
        .args(["--size", "100x30"])
        .output()
        .expect("run");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_issue_commands_work_as_written() {
    let (ok, out, err) = show(&[
        "scatter",
        "--data",
        &fixture("iris.csv"),
        "--x",
        "Sepal.Length",
        "--y",
        "Sepal.Width",
        "--group",
        "Species",
    ]);
    assert!(ok, "{err}");
    assert!(
        out.contains("setosa") && out.contains("Sepal.Length") && out.contains("iris.csv: 150 rows"),
        "{out}"
    );

    let (ok, out, err) = show(&["histogram", "--data", &fixture("faithful.csv"), "--x", "waiting"]);
    assert!(ok, "{err}");
    assert!(
        out.contains("waiting") && out.contains("faithful.csv: 272 rows"),
        "{out}"
    );

    let (ok, out, err) = show(&[
        "boxplot",
        "--data",
        &fixture("tips.csv"),
        "--x",
        "day",
        "--y",
        "total_bill",
    ]);
    assert!(ok, "{err}");
    assert!(
        out.contains("Thur (n=") && out.contains("Sun (n=") && out.contains("tips.csv: 244 rows"),
        "{out}"
    );

    let (ok, out, err) = show(&["barplot", "--data", &fixture("tips.csv"), "--x", "day", "--y", "tip"]);
    assert!(ok, "{err}");
    assert!(out.contains("Sat"), "{out}");
}

#[test]
fn line_with_dates_has_a_real_date_axis() {
    let (ok, out, err) = show(&["line", "--data", &fixture("co2.csv"), "--x", "Date", "--y", "CO2"]);
    assert!(ok, "{err}");
    let axis = out.lines().rev().nth(2).unwrap_or_default();
    assert!(
        axis.contains("1980") || axis.contains("2000"),
        "year labels expected on the x axis:\n{out}"
    );
    assert!(
        !out.contains("10,957") && !out.contains("-4,000"),
        "day numbers leaked:\n{out}"
    );
}

#[test]
fn a_missing_required_role_is_picked_and_said() {
    let (ok, _, err) = show(&["histogram", "--data", &fixture("faithful.csv")]);
    assert!(ok, "{err}");
    assert!(
        err.contains("using column \"eruptions\" for --x") && err.contains("waiting"),
        "{err}"
    );
}

#[test]
fn standard_input_works() {
    let csv = std::fs::read(fixture("faithful.csv")).expect("fixture");
    rgg()
        .args(["show", "histogram", "--data", "-", "--x", "waiting", "--size", "60x20"])
        .write_stdin(csv)
        .assert()
        .success()
        .stdout(predicate::str::contains("standard input: 272 rows"));
}

#[test]
fn odd_but_valid_files() {
    for (file, args, expect) in [
        ("semicolon.csv", vec!["--x", "name", "--y", "value"], "alpha"),
        (
            "bom_crlf.csv",
            vec!["--x", "label", "--y", "value"],
            "bom_crlf.csv: 3 rows",
        ),
        ("tabs.tsv", vec!["--x", "k", "--y", "v"], "tabs.tsv: 2 rows"),
        ("pipes.csv", vec!["--x", "k", "--y", "v"], "pipes.csv: 2 rows"),
        ("one_row.csv", vec!["--x", "a", "--y", "b"], "one_row.csv: 1 row"),
    ] {
        let chart = if file == "one_row.csv" { "scatter" } else { "barplot" };
        let mut all = vec![chart, "--data"];
        let path = fixture(file);
        all.push(&path);
        all.extend(args.iter());
        let (ok, out, err) = show(&all);
        assert!(ok, "{file}: {err}");
        assert!(out.contains(expect), "{file}: expected {expect:?} in\n{out}");
    }
}

#[test]
fn escape_sequences_in_labels_never_reach_the_terminal() {
    for color in ["never", "always"] {
        let out = rgg()
            .args([
                "show",
                "barplot",
                "--data",
                &fixture("escapes.csv"),
                "--x",
                "label",
                "--y",
                "value",
                "--size",
                "80x24",
                "--color",
                color,
            ])
            .output()
            .expect("run");
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("red") && text.contains("plain"), "{text}");
        assert!(
            !text.contains("\x1b]") && !text.contains('\x07') && !text.contains("\x1b[31m"),
            "raw escape leaked: {text:?}"
        );
    }
}

#[test]
fn nan_and_infinities_are_skipped_and_counted() {
    let (ok, out, err) = show(&["scatter", "--data", &fixture("nan_inf.csv"), "--x", "x", "--y", "y"]);
    assert!(ok, "{err}");
    assert!(
        out.contains("nan_inf.csv: 6 rows, 3 dropped (2 missing values, 1 infinite value)"),
        "{out}"
    );
    assert!(
        err.contains("3 of 6 rows dropped: 2 missing values, 1 infinite value"),
        "{err}"
    );
}

#[test]
fn constant_columns_and_non_utf8_still_draw() {
    let (ok, out, err) = show(&["histogram", "--data", &fixture("constant.csv")]);
    assert!(ok, "{err}");
    assert!(out.contains("constant.csv: 4 rows"));
    let (ok, out, err) = show(&["barplot", "--data", &fixture("latin1.csv"), "--x", "name", "--y", "v"]);
    assert!(ok, "{err}");
    assert!(err.contains("not valid UTF-8"), "{err}");
    assert!(out.contains("caf"), "{out}");
}

#[test]
fn refusals_name_the_problem_and_the_place() {
    let cases: Vec<(Vec<String>, &str)> = vec![
        (vec!["--data".into(), fixture("no-such-file.csv")], "cannot open"),
        (vec!["--data".into(), fixture("empty.csv")], "is empty"),
        (vec!["--data".into(), fixture("header_only.csv")], "no data rows"),
        (
            vec!["--data".into(), fixture("ragged.csv"), "--x".into(), "a".into()],
            "line 3 has 1 fields, but the header has 2",
        ),
        (vec!["--data".into(), fixture("binary.bin")], "binary"),
        (
            vec!["--data".into(), fixture("faithful.csv"), "--x".into(), "nope".into()],
            "no column named \"nope\"",
        ),
        (
            vec!["--data".into(), fixture("iris.csv"), "--x".into(), "Species".into()],
            "\"setosa\" is not a number",
        ),
        (
            vec!["--data".into(), fixture("tips.csv"), "--lat".into(), "tip".into()],
            "does not use --lat",
        ),
        (vec!["--x".into(), "waiting".into()], "add --data FILE"),
        (vec!["--data".into(), "tests/fixtures".into()], "is a folder"),
    ];
    for (args, expect) in cases {
        let out = rgg().args(["show", "histogram"]).args(&args).output().expect("run");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?} should fail");
        assert!(err.contains(expect), "{args:?}: expected {expect:?} in {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    // The bad cell is named by line, column and value.
    let out = rgg()
        .args([
            "show",
            "scatter",
            "--data",
            &fixture("text_in_numbers.csv"),
            "--x",
            "x",
            "--y",
            "y",
        ])
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 3") && err.contains("\"y\"") && err.contains("\"abc\""),
        "{err}"
    );
    // The unknown-column message lists the available columns.
    let out = rgg()
        .args(["show", "histogram", "--data", &fixture("faithful.csv"), "--x", "nope"])
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&out.stderr).contains("eruptions (numbers), waiting (numbers)"));
}

#[test]
fn export_with_data_writes_the_users_chart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("mine.png");
    rgg()
        .args([
            "export",
            "scatter",
            "--data",
            &fixture("iris.csv"),
            "--x",
            "Petal.Length",
            "--y",
            "Petal.Width",
            "-o",
        ])
        .arg(&out)
        .assert()
        .success();
    assert!(std::fs::metadata(&out).expect("png").len() > 1000);
    // A refused file writes nothing.
    let bad = dir.path().join("bad.png");
    rgg()
        .args(["export", "histogram", "--data", &fixture("empty.csv"), "-o"])
        .arg(&bad)
        .assert()
        .failure();
    assert!(!bad.exists());
}

#[test]
fn suggest_ranks_charts_and_every_command_works() {
    let out = rgg().args(["suggest", &fixture("iris.csv")]).output().expect("run");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Species") && text.contains("text, 3 distinct"), "{text}");
    let commands: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("rgg show "))
        .collect();
    assert!(commands.len() >= 5, "{text}");
    assert!(
        commands[0].starts_with("rgg show scatter") && commands[0].contains("--group Species"),
        "{text}"
    );
    for command in commands {
        let words: Vec<&str> = command.split_whitespace().skip(1).collect();
        rgg().args(&words).args(["--size", "60x20"]).assert().success();
    }
    let co2 = rgg().args(["suggest", &fixture("co2.csv")]).output().expect("run");
    let text = String::from_utf8_lossy(&co2.stdout);
    assert!(
        text.lines()
            .find(|l| l.trim().starts_with("rgg show"))
            .is_some_and(|l| l.contains("line")),
        "{text}"
    );
    rgg()
        .args(["suggest", &fixture("empty.csv")])
        .assert()
        .failure()
        .stderr(predicate::str::contains("is empty"));
}

#[test]
fn log_axes_where_they_fit_and_refusals_elsewhere() {
    let (ok, out, err) = show(&[
        "scatter",
        "--data",
        &fixture("iris.csv"),
        "--x",
        "Petal.Length",
        "--y",
        "Petal.Width",
        "--log-x",
        "--log-y",
    ]);
    assert!(ok, "{err}");
    assert!(out.contains("log scale"), "{out}");
    let (ok, out, err) = show(&[
        "line",
        "--data",
        &fixture("co2.csv"),
        "--x",
        "Date",
        "--y",
        "CO2",
        "--log-y",
    ]);
    assert!(
        ok && out.contains("400"),
        "labelled although it spans less than a decade: {err}{out}"
    );
    let (ok, _, err) = show(&[
        "scatter",
        "--data",
        &fixture("nan_inf.csv"),
        "--x",
        "x",
        "--y",
        "y",
        "--log-x",
    ]);
    assert!(ok, "NaN and infinities are skipped, not refused: {err}");
    std::fs::write(std::env::temp_dir().join("rgg-negative.csv"), "x,y\n1,2\n-3,4\n").expect("write");
    let negative = std::env::temp_dir()
        .join("rgg-negative.csv")
        .to_string_lossy()
        .into_owned();
    let (ok, _, err) = show(&["scatter", "--data", &negative, "--x", "x", "--y", "y", "--log-x"]);
    assert!(
        !ok && err.contains("needs positive values") && err.contains("-3"),
        "{err}"
    );
    let (ok, _, err) = show(&["histogram", "--log-y"]);
    assert!(!ok && err.contains("--log-y does not fit histogram"), "{err}");
    let (ok, _, err) = show(&[
        "barplot",
        "--data",
        &fixture("tips.csv"),
        "--x",
        "day",
        "--y",
        "tip",
        "--log-y",
    ]);
    assert!(!ok && err.contains("works with scatter, line"), "{err}");
}

#[test]
fn issue_11_files_draw_or_say_where_they_go_wrong() {
    // A date and a number: the date is x, in every time chart.
    for chart in ["line", "area", "stacked-area", "time-series"] {
        let (ok, out, err) = show(&[chart, "--data", &fixture("date_value.csv")]);
        assert!(ok, "{chart}: {err}");
        assert!(err.contains("using column \"date\" for --x"), "{chart}: {err}");
        assert!(out.contains("date_value.csv: 5 rows"), "{chart}: {out}");
    }
    // The row-number column is never picked, nor suggested.
    let (ok, _, err) = show(&["barplot", "--data", &fixture("row_numbers.csv")]);
    assert!(ok && err.contains("using column \"Petal.Length\" for --y"), "{err}");
    let out = rgg()
        .args(["suggest", &fixture("row_numbers.csv")])
        .output()
        .expect("run");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report
            .lines()
            .filter(|l| l.contains("rgg show"))
            .all(|l| !l.contains("column1")),
        "{report}"
    );
    // Encodings and line ends.
    for (file, label) in [
        ("utf16_bom.csv", "naïve"),
        ("gzipped.csv.gz", "gzipped.csv.gz: 3 rows"),
        ("cr_only.csv", "cr_only.csv: 2 rows"),
    ] {
        let chart = if file.starts_with("gz") { "scatter" } else { "barplot" };
        let (ok, out, err) = show(&[chart, "--data", &fixture(file)]);
        assert!(ok && out.contains(label), "{file}: {err}\n{out}");
    }
    // Duplicate names: the second is reachable as x_2.
    let (ok, _, err) = show(&[
        "scatter",
        "--data",
        &fixture("duplicate_header.csv"),
        "--x",
        "x_2",
        "--y",
        "y",
    ]);
    assert!(ok && err.contains("column 2 is called \"x_2\""), "{err}");
    // Errors that name the line.
    let (ok, _, err) = show(&["line", "--data", &fixture("mixed_dates.csv")]);
    assert!(!ok && err.contains("line 5, column \"date\": \"01/04/2020\""), "{err}");
    let (ok, _, err) = show(&["barplot", "--data", &fixture("unclosed_quote.csv")]);
    assert!(
        !ok && err.contains("line 3: a quote opens there and is never closed"),
        "{err}"
    );
}
