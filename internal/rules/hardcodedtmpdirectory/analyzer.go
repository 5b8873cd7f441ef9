// Package hardcodedtmpdirectory reports hardcoded paths in shared
// temporary directories (Bandit B108).
package hardcodedtmpdirectory

import (
	_ "embed"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/rules/internal/generalkit"
)

//go:embed doc.md
var doc string

// Analyzer reports string literals that name a path in a shared
// temporary directory.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1108",
		Name:       "hardcoded-tmp-directory",
		Aliases:    []string{"B108", "S108"},
		CWE:        []int{377},
		Severity:   finding.Medium,
		Confidence: finding.MediumConfidence,
		Summary:    "hardcoded path in a shared temporary directory",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindConstant},
	Run:   run,
}

// DefaultTmpDirs are the shared temporary directories reported by
// default; the option tmp_dirs adds to them.
var DefaultTmpDirs = []string{"/tmp", "/var/tmp", "/dev/shm"}

// safeCreators are the tempfile functions whose dir= argument may name a
// shared directory safely: they create an unpredictable name with O_EXCL.
var safeCreators = map[string]bool{
	"tempfile.mkstemp": true, "tempfile.mkdtemp": true,
	"tempfile.NamedTemporaryFile": true, "tempfile.TemporaryFile": true,
	"tempfile.SpooledTemporaryFile": true, "tempfile.TemporaryDirectory": true,
}

func run(p *analysis.Pass, n ast.Node) {
	c := n.(*ast.Constant)
	s, ok := c.Value.(string)
	if !ok || len(s) < 2 || s[0] != '/' && !hasExtraDirs(p) {
		return
	}
	dir := tmpDir(p, s)
	if dir == "" {
		return
	}
	use := generalkit.UseOf(p, c)
	if use == generalkit.Discarded || use == generalkit.Compared || use == generalkit.NotAtStart {
		return
	}
	d := analysis.Diagnostic{
		Loc:     c.Loc,
		Message: "hardcoded path in the shared temporary directory " + dir + ": " + strconv.Quote(short(s)) + " can be predicted and pre-created by other users",
	}
	if use == generalkit.StrMethod {
		d.Confidence = int(finding.LowConfidence)
	}
	if kw, ok := p.Parent().(*ast.Keyword); ok && kw.Arg == "dir" {
		if call := enclosingCall(p); call != nil && safeCreators[p.CalleeName(call)] {
			d.Severity = int(finding.Low)
			d.Message = "tempfile called with dir=" + strconv.Quote(short(s)) + ": safe from races, but prefer the default temporary directory"
		}
	}
	p.ReportDiagnostic(d)
}

func hasExtraDirs(p *analysis.Pass) bool {
	dirs, _ := generalkit.StringList(p.Options, "tmp_dirs")
	return len(dirs) > 0
}

// tmpDir returns the temporary directory s is in, or "". A directory
// matches the whole string or a prefix ending at a path separator: "/tmp"
// and "/tmp/x" are in /tmp, "/tmpfiles.d" is not.
func tmpDir(p *analysis.Pass, s string) string {
	extra, _ := generalkit.StringList(p.Options, "tmp_dirs")
	for _, list := range [][]string{DefaultTmpDirs, extra} {
		for _, dir := range list {
			if dir == "" {
				continue
			}
			if !strings.HasPrefix(s, dir) {
				continue
			}
			rest := s[len(dir):]
			last := dir[len(dir)-1]
			if rest == "" || last == '/' || last == '\\' || rest[0] == '/' || rest[0] == '\\' {
				return strings.TrimRight(dir, "/\\")
			}
		}
	}
	return ""
}

// enclosingCall returns the call whose keyword argument the visited node
// is, or nil.
func enclosingCall(p *analysis.Pass) *ast.Call {
	parents := p.Parents()
	if len(parents) < 2 {
		return nil
	}
	call, _ := parents[len(parents)-2].(*ast.Call)
	return call
}

func short(s string) string {
	if len(s) > 60 {
		return s[:57] + "..."
	}
	return s
}
