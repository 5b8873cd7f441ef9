// Package trojansource reports Unicode bidirectional control characters
// in comments and strings, which can make source code display differently
// from how it runs (Bandit B613, "Trojan Source", CVE-2021-42574).
package trojansource

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
)

//go:embed doc.md
var doc string

// Analyzer reports bidirectional control characters.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1613",
		Name:       "trojansource",
		Aliases:    []string{"B613"},
		CWE:        []int{451},
		Severity:   finding.High,
		Confidence: finding.MediumConfidence,
		Summary:    "bidirectional control character in the source (Trojan Source)",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindModule, ast.KindConstant},
	Run:   run,
}

// bidi are the characters Bandit looks for: the embedding, override and
// isolate controls and the right-to-left mark.
var bidi = map[rune]string{
	'\u202A': "LEFT-TO-RIGHT EMBEDDING",
	'\u202B': "RIGHT-TO-LEFT EMBEDDING",
	'\u202C': "POP DIRECTIONAL FORMATTING",
	'\u202D': "LEFT-TO-RIGHT OVERRIDE",
	'\u202E': "RIGHT-TO-LEFT OVERRIDE",
	'\u2066': "LEFT-TO-RIGHT ISOLATE",
	'\u2067': "RIGHT-TO-LEFT ISOLATE",
	'\u2068': "FIRST STRONG ISOLATE",
	'\u2069': "POP DIRECTIONAL ISOLATE",
	'\u200F': "RIGHT-TO-LEFT MARK",
}

func run(p *analysis.Pass, n ast.Node) {
	switch n := n.(type) {
	case *ast.Module:
		for _, c := range p.File.Comments {
			if i, r := find(c.Text); i >= 0 {
				col := c.ColOffset + int32(i)
				p.ReportDiagnostic(analysis.Diagnostic{
					Loc:     ast.Loc{Lineno: c.Lineno, ColOffset: col, EndLineno: c.Lineno, EndColOffset: col + int32(utf8.RuneLen(r))},
					Message: message("a comment", r),
				})
			}
		}
	case *ast.Constant:
		s, ok := n.Value.(string)
		if !ok {
			return
		}
		if _, r := find(s); r >= 0 {
			if typedRaw(n, s) {
				p.Report(n, message("a string", r))
				return
			}
			p.ReportDiagnostic(analysis.Diagnostic{
				Loc:        n.Loc,
				Message:    message("a string", r) + " (unless it is written as an escape such as \\u202e, which krait cannot tell without the source bytes)",
				Severity:   int(finding.Low),
				Confidence: int(finding.LowConfidence),
			})
		}
	}
}

// typedRaw reports whether the bidirectional characters of string
// constant c must have been typed as they are rather than as escapes:
// its source, on one line, is too short to hold quotes and an escape. An
// escape of one of them (\u202e, \N{...}) takes at least 3 bytes more than
// the character, and the quotes at least 2.
func typedRaw(c *ast.Constant, s string) bool {
	if c.EndLineno != c.Lineno || c.EndColOffset < c.ColOffset {
		return false
	}
	return int(c.EndColOffset-c.ColOffset)-len(s) < 2+3
}

// find returns the byte offset and the first bidirectional control
// character in s, or -1, -1.
func find(s string) (int, rune) {
	// All of them are encoded as E2 80 xx or E2 81 xx.
	if strings.IndexByte(s, 0xE2) < 0 {
		return -1, -1
	}
	for i, r := range s {
		if _, ok := bidi[r]; ok {
			return i, r
		}
	}
	return -1, -1
}

func message(where string, r rune) string {
	return fmt.Sprintf("%s contains the bidirectional control character U+%04X %s: the code may display differently from how it runs", where, r, bidi[r])
}
