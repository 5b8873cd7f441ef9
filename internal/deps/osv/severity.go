package osv

import (
	"encoding/json"
	"fmt"
	"strings"

	gocvss20 "github.com/pandatix/go-cvss/20"
	gocvss30 "github.com/pandatix/go-cvss/30"
	gocvss31 "github.com/pandatix/go-cvss/31"
	gocvss40 "github.com/pandatix/go-cvss/40"

	"github.com/krait-dev/krait/internal/deps/pep503"
	"github.com/krait-dev/krait/internal/finding"
)

// Severity types of the OSV schema.
const (
	SeverityCVSSV2 = "CVSS_V2"
	SeverityCVSSV3 = "CVSS_V3"
	SeverityCVSSV4 = "CVSS_V4"
)

// maxVectorLen bounds the CVSS vectors krait scores; the longest valid
// vector (CVSS v4 with every optional metric) is under 300 bytes.
const maxVectorLen = 512

// SourceDatabaseSpecific is the Rating.Type of a rating taken from a
// database_specific.severity value instead of a CVSS vector.
const SourceDatabaseSpecific = "database_specific"

// Rating is the severity krait derives for an advisory. The zero value means
// unknown.
type Rating struct {
	Severity finding.Severity // low..critical; 0 when unknown
	Score    float64          // the CVSS score; 0 when the rating is not from a vector
	Vector   string           // the CVSS vector the score was computed from
	Type     string           // CVSS_V2, CVSS_V3, CVSS_V4, "database_specific", or "" when unknown
}

// Known reports whether the rating holds a severity.
func (r Rating) Known() bool { return r.Severity != 0 }

// higher reports whether r ranks above s: by severity, then by score.
func (r Rating) higher(s Rating) bool {
	if r.Severity != s.Severity {
		return r.Severity > s.Severity
	}
	return r.Score > s.Score
}

// RateSeverity computes the rating of one severity entry from its CVSS
// vector with github.com/pandatix/go-cvss, which implements the FIRST
// specifications (including CVSS v3's Roundup and CVSS v4's MacroVector
// scoring). The CVSS version is taken from the vector's "CVSS:3.0/",
// "CVSS:3.1/" or "CVSS:4.0/" header; a vector without a header is read as
// CVSS v2 (an optional "CVSS:2.0/" header and surrounding parentheses are
// dropped) when the type is CVSS_V2. For v3 and v4 the score is mapped with
// the specifications' qualitative scale (0.1-3.9 low, 4.0-6.9 medium,
// 7.0-8.9 high, 9.0-10.0 critical); a score of 0.0 ("none") maps to low,
// the least krait has. For v2: 0-3.9 low, 4.0-6.9 medium, 7.0-10.0 high.
// The score is the base score for v2 and v3; for v4, whose single score
// takes every metric present into account, it is the score of the whole
// vector (OSV vectors normally hold base metrics only).
func RateSeverity(s Severity) (r Rating, err error) {
	defer func() {
		// The library is fuzzed upstream; this is defence in depth so a
		// hostile vector can never crash krait.
		if p := recover(); p != nil {
			r, err = Rating{}, fmt.Errorf("osv: CVSS vector %q: %v", s.Score, p)
		}
	}()
	vec := strings.TrimSpace(s.Score)
	if len(vec) > maxVectorLen {
		return Rating{}, fmt.Errorf("osv: CVSS vector of %d bytes is too long", len(vec))
	}
	switch {
	case strings.HasPrefix(vec, "CVSS:3.0/"):
		c, err := gocvss30.ParseVector(vec)
		if err != nil {
			return Rating{}, fmt.Errorf("osv: CVSS v3.0 vector %q: %w", vec, err)
		}
		return Rating{Severity: levelV3(c.BaseScore()), Score: c.BaseScore(), Vector: vec, Type: SeverityCVSSV3}, nil
	case strings.HasPrefix(vec, "CVSS:3.1/"):
		c, err := gocvss31.ParseVector(vec)
		if err != nil {
			return Rating{}, fmt.Errorf("osv: CVSS v3.1 vector %q: %w", vec, err)
		}
		return Rating{Severity: levelV3(c.BaseScore()), Score: c.BaseScore(), Vector: vec, Type: SeverityCVSSV3}, nil
	case strings.HasPrefix(vec, "CVSS:4.0/"):
		c, err := gocvss40.ParseVector(vec)
		if err != nil {
			return Rating{}, fmt.Errorf("osv: CVSS v4.0 vector %q: %w", vec, err)
		}
		score := c.Score()
		return Rating{Severity: levelV3(score), Score: score, Vector: vec, Type: SeverityCVSSV4}, nil
	case s.Type == SeverityCVSSV2:
		v2 := strings.TrimPrefix(strings.TrimSuffix(strings.TrimPrefix(vec, "("), ")"), "CVSS:2.0/")
		c, err := gocvss20.ParseVector(v2)
		if err != nil {
			return Rating{}, fmt.Errorf("osv: CVSS v2 vector %q: %w", vec, err)
		}
		score := c.BaseScore()
		return Rating{Severity: levelV2(score), Score: score, Vector: vec, Type: SeverityCVSSV2}, nil
	case s.Type == SeverityCVSSV3 || s.Type == SeverityCVSSV4:
		return Rating{}, fmt.Errorf("osv: %s vector %q has no CVSS version header", s.Type, vec)
	}
	return Rating{}, fmt.Errorf("osv: severity type %q is not supported", s.Type)
}

func levelV3(score float64) finding.Severity {
	switch {
	case score >= 9.0:
		return finding.Critical
	case score >= 7.0:
		return finding.High
	case score >= 4.0:
		return finding.Medium
	default:
		return finding.Low
	}
}

func levelV2(score float64) finding.Severity {
	switch {
	case score >= 7.0:
		return finding.High
	case score >= 4.0:
		return finding.Medium
	default:
		return finding.Low
	}
}

// DatabaseSeverity maps a database_specific.severity value as GitHub's
// advisory database writes it ("LOW", "MODERATE", "HIGH", "CRITICAL"; also
// "MEDIUM"), ignoring case and surrounding space, to a severity; 0 when it
// is none of these.
func DatabaseSeverity(s string) finding.Severity {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "LOW":
		return finding.Low
	case "MODERATE", "MEDIUM":
		return finding.Medium
	case "HIGH":
		return finding.High
	case "CRITICAL":
		return finding.Critical
	}
	return 0
}

// databaseRating reads database_specific.severity; anything unexpected
// (not an object, not a string) yields the unknown rating.
func databaseRating(raw json.RawMessage) Rating {
	if len(raw) == 0 {
		return Rating{}
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(raw, &obj) != nil {
		return Rating{}
	}
	var s string
	if json.Unmarshal(obj["severity"], &s) != nil {
		return Rating{}
	}
	if sev := DatabaseSeverity(s); sev != 0 {
		return Rating{Severity: sev, Type: SourceDatabaseSpecific}
	}
	return Rating{}
}

// compileRatings rates every entry of a severity list, warning about
// vectors that cannot be scored. Severity types other than CVSS (such as
// "Ubuntu") are ignored without a warning.
func compileRatings(list []Severity, path string, warn func(field, format string, args ...any)) []Rating {
	var out []Rating
	for i, s := range list {
		switch s.Type {
		case SeverityCVSSV2, SeverityCVSSV3, SeverityCVSSV4:
		default:
			continue
		}
		r, err := RateSeverity(s)
		if err != nil {
			warn(fmt.Sprintf("%s[%d]", path, i), "skipped: %s", strings.TrimPrefix(err.Error(), "osv: "))
			continue
		}
		out = append(out, r)
	}
	return out
}

// Rating returns the advisory's severity for the PyPI package name: the
// highest-ranked (by severity, then score) CVSS rating among the top-level
// severity list and the severity lists of the advisory's PyPI entries for
// that package; failing that, database_specific.severity (top level first,
// then the entries'); otherwise the unknown rating.
func (a *Advisory) Rating(name string) Rating {
	name = pep503.Normalize(name)
	var best Rating
	for _, r := range a.topRatings {
		if r.higher(best) {
			best = r
		}
	}
	for i := range a.entries {
		if a.entries[i].name != name {
			continue
		}
		for _, r := range a.entries[i].ratings {
			if r.higher(best) {
				best = r
			}
		}
	}
	if best.Known() {
		return best
	}
	if a.topDBRating.Known() {
		return a.topDBRating
	}
	for i := range a.entries {
		if a.entries[i].name == name && a.entries[i].dbRating.higher(best) {
			best = a.entries[i].dbRating
		}
	}
	return best
}

// Rate returns v's severity for the PyPI package name; see Advisory.Rating.
func Rate(v *Vulnerability, name string) Rating {
	return Compile(v).Rating(name)
}
