// Package finding declares the one record that every krait analyzer
// reports: a Finding. Every output format, baseline and suppression works on
// findings, so an analyzer never formats its own output.
//
// Positions follow go/token: lines and columns are 1-based and columns count
// UTF-8 bytes. Line 0 means the finding concerns the whole file (for example
// a file that cannot be read); column 0 means the column is unknown. Output
// formats that count differently (SARIF) convert when they write.
package finding

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
)

// Severity is how much harm a finding can do. The zero value is invalid.
type Severity int

// The severities, in increasing order.
const (
	Low Severity = iota + 1
	Medium
	High
	Critical
)

var severityNames = [...]string{Low: "low", Medium: "medium", High: "high", Critical: "critical"}

// String returns the lower-case name of s ("low", ..., "critical").
func (s Severity) String() string {
	if s < Low || s > Critical {
		return fmt.Sprintf("Severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity parses a severity name, ignoring case.
func ParseSeverity(name string) (Severity, error) {
	for s := Low; s <= Critical; s++ {
		if strings.EqualFold(name, severityNames[s]) {
			return s, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want low, medium, high or critical)", name)
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) {
	if s < Low || s > Critical {
		return nil, fmt.Errorf("invalid severity %d", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Confidence is how sure the analyzer is that a finding is real. The zero
// value is invalid.
type Confidence int

// The confidences, in increasing order.
const (
	LowConfidence Confidence = iota + 1
	MediumConfidence
	HighConfidence
)

var confidenceNames = [...]string{LowConfidence: "low", MediumConfidence: "medium", HighConfidence: "high"}

// String returns the lower-case name of c ("low", "medium" or "high").
func (c Confidence) String() string {
	if c < LowConfidence || c > HighConfidence {
		return fmt.Sprintf("Confidence(%d)", int(c))
	}
	return confidenceNames[c]
}

// MarshalText implements encoding.TextMarshaler.
func (c Confidence) MarshalText() ([]byte, error) {
	if c < LowConfidence || c > HighConfidence {
		return nil, fmt.Errorf("invalid confidence %d", int(c))
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Confidence) UnmarshalText(b []byte) error {
	for v := LowConfidence; v <= HighConfidence; v++ {
		if strings.EqualFold(string(b), confidenceNames[v]) {
			*c = v
			return nil
		}
	}
	return fmt.Errorf("unknown confidence %q (want low, medium or high)", b)
}

// Step is one step of a data-flow trace: source, intermediate steps, sink.
type Step struct {
	Path    string `json:"path"`
	Line    int    `json:"line"`
	Column  int    `json:"column,omitempty"`
	Message string `json:"message"`
}

// Suppression records why a finding is not reported as a failure.
type Suppression struct {
	Kind   string `json:"kind"` // "inline" (a noqa-style comment), "baseline" or "config"
	Reason string `json:"reason,omitempty"`
}

// Finding is one problem reported by any analyzer. The field order is the
// order of the JSON output.
type Finding struct {
	RuleID     string     `json:"rule_id"`   // stable ID, e.g. KRT0001
	RuleName   string     `json:"rule_name"` // kebab-case name, e.g. syntax-error
	Aliases    []string   `json:"aliases,omitempty"`
	CWE        []int      `json:"cwe,omitempty"`
	Severity   Severity   `json:"severity"`
	Confidence Confidence `json:"confidence"`

	Path      string `json:"path"` // slash-separated, as the user named it
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line,omitempty"`
	EndColumn int    `json:"end_column,omitempty"`

	Message string `json:"message"`           // one sentence
	Snippet string `json:"snippet,omitempty"` // the source line(s)
	Trace   []Step `json:"trace,omitempty"`

	Package       string   `json:"package,omitempty"`
	Version       string   `json:"version,omitempty"`
	FixedVersions []string `json:"fixed_versions,omitempty"`

	Fingerprint string       `json:"fingerprint"`
	Suppressed  *Suppression `json:"suppressed,omitempty"`
}

// Compare orders findings by path, line, column and rule ID, then by the
// remaining fields that tell two findings apart, so that sorting gives the
// same order whatever order the analyzers ran in.
func Compare(a, b *Finding) int {
	if c := strings.Compare(a.Path, b.Path); c != 0 {
		return c
	}
	if c := cmpInt(a.Line, b.Line); c != 0 {
		return c
	}
	if c := cmpInt(a.Column, b.Column); c != 0 {
		return c
	}
	if c := strings.Compare(a.RuleID, b.RuleID); c != 0 {
		return c
	}
	if c := cmpInt(a.EndLine, b.EndLine); c != 0 {
		return c
	}
	if c := cmpInt(a.EndColumn, b.EndColumn); c != 0 {
		return c
	}
	if c := strings.Compare(a.Package, b.Package); c != 0 {
		return c
	}
	return strings.Compare(a.Message, b.Message)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Sort sorts findings by Compare, stably.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool { return Compare(&fs[i], &fs[j]) < 0 })
}

// SetFingerprints fills in the Fingerprint of every finding of fs, which must
// already be sorted. A fingerprint hashes the rule, the path, the package and
// the snippet with its surrounding white space removed, but not the line
// number, so it survives edits elsewhere in the file; findings that would
// otherwise collide are told apart by their rank among equals.
func SetFingerprints(fs []Finding) {
	seen := make(map[string]int)
	for i := range fs {
		f := &fs[i]
		key := strings.Join([]string{f.RuleID, f.Path, f.Package, f.Version, normalizeSnippet(f.Snippet)}, "\x00")
		n := seen[key]
		seen[key] = n + 1
		sum := sha256.Sum256(fmt.Appendf(nil, "%s\x00%d", key, n))
		f.Fingerprint = hex.EncodeToString(sum[:8])
	}
}

func normalizeSnippet(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// AtOrAbove reports how many findings of fs are not suppressed and have a
// severity of at least min.
func AtOrAbove(fs []Finding, min Severity) int {
	n := 0
	for i := range fs {
		if fs[i].Suppressed == nil && fs[i].Severity >= min {
			n++
		}
	}
	return n
}

// MaxSnippet is the longest snippet, in bytes, that SourceLine returns.
const MaxSnippet = 240

// SourceLine returns line (1-based) of src without its line ending, cut to
// MaxSnippet bytes on a character boundary with "…" appended when longer.
// It returns "" when line is out of range. Lines end at \n, \r\n or \r, as
// in Python.
func SourceLine(src []byte, line int) string {
	if line < 1 {
		return ""
	}
	for n := 1; ; n++ {
		end := len(src)
		next := len(src)
		for i, c := range src {
			if c == '\n' {
				end, next = i, i+1
				break
			}
			if c == '\r' {
				end, next = i, i+1
				if i+1 < len(src) && src[i+1] == '\n' {
					next = i + 2
				}
				break
			}
		}
		if n == line {
			return cut(string(src[:end]))
		}
		if next == len(src) {
			return ""
		}
		src = src[next:]
	}
}

func cut(s string) string {
	if len(s) <= MaxSnippet {
		return s
	}
	i := MaxSnippet
	for i > 0 && s[i]&0xC0 == 0x80 { // do not split a UTF-8 sequence
		i--
	}
	return s[:i] + "…"
}
