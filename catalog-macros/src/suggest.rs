/// The candidate closest to `typo`, if it is close enough to be what the
/// user meant: used for "did you mean" hints on keys, fields and statuses.
pub(crate) fn closest<'a, I>(typo: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let typo = typo.to_ascii_lowercase();
    let limit = (typo.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|candidate| (distance(&typo, &candidate.to_ascii_lowercase()), candidate))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, candidate)| candidate)
}

/// Levenshtein distance, in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

/// `", did you mean `x`?"` or nothing.
pub(crate) fn did_you_mean<'a, I>(typo: &str, candidates: I) -> String
where
    I: IntoIterator<Item = &'a str>,
{
    closest(typo, candidates)
        .map(|hit| format!("; did you mean `{hit}`?"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("", ""), 0);
        assert_eq!(distance("code", "code"), 0);
        assert_eq!(distance("cdoe", "code"), 2);
        assert_eq!(distance("mesage", "message"), 1);
        assert_eq!(distance("", "abc"), 3);
    }

    #[test]
    fn suggests_only_close_candidates() {
        let keys = ["code", "http", "message", "resolution", "name"];
        assert_eq!(closest("mesage", keys), Some("message"));
        assert_eq!(closest("resolutoin", keys), Some("resolution"));
        assert_eq!(closest("status", keys), None);
        assert_eq!(
            closest("NOT_FOUDN", ["NOT_FOUND", "GONE"]),
            Some("NOT_FOUND")
        );
        assert_eq!(did_you_mean("zzz", keys), "");
    }
}
