//! A chart's documentation, read from its module's `//!` header so the docs
//! live in one place: the file a user copies.

/// The sections of a chart module's header.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Docs {
    /// The `# Title` line.
    pub title: String,
    /// The paragraph under the title: what the chart shows.
    pub description: String,
    pub when_to_use: String,
    pub caveat: String,
    /// `(name, what it shows)` for each variant item under `## Variants`.
    pub variants: Vec<(String, String)>,
    /// Ids of related chart types.
    pub related: Vec<String>,
    /// Which gallery helper files a copy needs.
    pub copying: String,
}

impl Docs {
    pub fn parse(source: &str) -> Docs {
        let mut docs = Docs::default();
        let mut section = String::new();
        let mut text: Vec<String> = Vec::new();
        let lines = source
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .map(|l| l.trim_start_matches("//!").trim().to_string());
        for line in lines.chain([String::from("## end")]) {
            if let Some(title) = line.strip_prefix("# ") {
                docs.title = title.trim().to_string();
            } else if let Some(next) = line.strip_prefix("## ") {
                docs.store(&section, &text);
                section = next.trim().to_lowercase();
                text.clear();
            } else {
                text.push(line);
            }
        }
        docs
    }

    fn store(&mut self, section: &str, lines: &[String]) {
        let joined = join_paragraph(lines);
        match section {
            "" => self.description = joined,
            "when to use" => self.when_to_use = joined,
            "caveat" => self.caveat = joined,
            "copying" => self.copying = joined,
            "related" => {
                self.related = joined
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
            }
            "variants" => {
                // Items start with "- `name`:"; following lines continue them.
                let mut items: Vec<String> = Vec::new();
                for l in lines {
                    if let Some(item) = l.strip_prefix("- ") {
                        items.push(item.to_string());
                    } else if let Some(last) = items.last_mut() {
                        if !l.is_empty() {
                            last.push(' ');
                            last.push_str(l);
                        }
                    }
                }
                self.variants = items
                    .iter()
                    .filter_map(|i| {
                        let rest = i.strip_prefix('`')?;
                        let (name, what) = rest.split_once('`')?;
                        Some((name.to_string(), what.trim_start_matches(':').trim().to_string()))
                    })
                    .collect();
            }
            _ => {}
        }
    }
}

/// Lines of one section as flowing text; blank lines become paragraph breaks.
fn join_paragraph(lines: &[String]) -> String {
    let mut out = String::new();
    for l in lines {
        if l.is_empty() {
            if !out.is_empty() && !out.ends_with("\n\n") {
                out.push_str("\n\n");
            }
        } else {
            if !out.is_empty() && !out.ends_with('\n') {
                out.push(' ');
            }
            out.push_str(l);
        }
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_section() {
        let src = "//! # Thing\n//!\n//! Shows a thing.\n//! Really.\n//!\n//! ## When to use\n//! Often.\n//!\n//! ## Caveat\n//! Care.\n//!\n//! ## Variants\n//! - `a`: first\n//!   one.\n//! - `b`: second.\n//!\n//! ## Related\n//! x, y\n\nuse foo;\n";
        let d = Docs::parse(src);
        assert_eq!(d.title, "Thing");
        assert_eq!(d.description, "Shows a thing. Really.");
        assert_eq!(d.when_to_use, "Often.");
        assert_eq!(d.caveat, "Care.");
        assert_eq!(
            d.variants,
            vec![("a".into(), "first one.".into()), ("b".into(), "second.".into())]
        );
        assert_eq!(d.related, vec!["x".to_string(), "y".to_string()]);
    }
}
