package analysis

import (
	"fmt"
	"slices"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/parser"
	"github.com/krait-dev/krait/internal/semantic"
)

// Analyzer is a rule: its metadata and how it checks a file. Run is
// called, during the one walk of each file that all analyzers share, for
// every node whose kind is in Nodes. An analyzer that needs to see the
// whole module subscribes to ast.KindModule.
type Analyzer struct {
	Rule
	Nodes []ast.Kind
	// CallRoots, when not empty, narrows a subscription to ast.KindCall to
	// the calls whose callee's qualified name (Pass.CalleeName) has one of
	// these first segments: "subprocess" for subprocess.run and
	// subprocess.Popen(...).communicate, "builtins" for eval. The walker
	// resolves each call's name once and hands it only to the analyzers
	// that can match it, so an analyzer driven by a table of qualified
	// names should declare the roots of its table.
	CallRoots []string
	Run       func(p *Pass, n ast.Node)
}

// Diagnostic is what an analyzer reports: a message at a node, with an
// optional severity or confidence that overrides the rule's default.
type Diagnostic struct {
	Analyzer   *Analyzer
	Loc        ast.Loc
	Message    string
	Severity   int // 0 = the rule's default; else a finding.Severity
	Confidence int // 0 = the rule's default; else a finding.Confidence
	// Trace is, for data-flow findings, the path from source to sink.
	Trace []finding.Step
}

// Pass is the state an analyzer sees while one file is walked.
type Pass struct {
	Analyzer *Analyzer
	File     *parser.File
	Path     string          // the file's path as given
	Src      []byte          // the file's bytes as read (any encoding)
	Model    *semantic.Model // the file's semantic model
	// Options holds the analyzer's options from the configuration
	// ([tool.krait.rules.<name>]); nil when there are none.
	Options map[string]any

	w    *walker
	memo map[any]any
}

// Memo returns a map the analyzer may use to remember things while one
// file is walked (for instance, which functions it has already checked).
// It is empty at the start of each file and never shared.
func (p *Pass) Memo() map[any]any {
	if p.memo == nil {
		p.memo = make(map[any]any)
	}
	return p.memo
}

// FileMemo returns a map shared by all the analyzers while one file is
// walked, for work several rules need once per file (the taint engine's
// analysis of the module). Keys must be types private to the package that
// uses them. It is empty at the start of each file.
func (p *Pass) FileMemo() map[any]any {
	if p.w.memo == nil {
		p.w.memo = make(map[any]any)
	}
	return p.w.memo
}

// Scope returns the scope of the node being visited.
func (p *Pass) Scope() *semantic.Scope { return p.w.scope() }

// Parents returns the ancestors of the node being visited, outermost
// first (the Module first); the caller must not modify it.
func (p *Pass) Parents() []ast.Node { return p.w.stack[:len(p.w.stack)-1] }

// Parent returns the parent of the node being visited, or nil.
func (p *Pass) Parent() ast.Node {
	if n := len(p.w.stack); n >= 2 {
		return p.w.stack[n-2]
	}
	return nil
}

// EnclosingFunction returns the innermost function definition around the
// node being visited (*ast.FunctionDef or *ast.AsyncFunctionDef), or nil.
func (p *Pass) EnclosingFunction() ast.Stmt {
	for i := len(p.w.stack) - 2; i >= 0; i-- {
		switch f := p.w.stack[i].(type) {
		case *ast.FunctionDef:
			return f
		case *ast.AsyncFunctionDef:
			return f
		}
	}
	return nil
}

// QualifiedName returns the dotted name e refers to in the current scope,
// or "" (see semantic.Model.QualifiedName).
func (p *Pass) QualifiedName(e ast.Expr) string { return p.Model.QualifiedName(p.Scope(), e) }

// ConstValue returns the constant value of e in the current scope, if it
// is known statically.
func (p *Pass) ConstValue(e ast.Expr) (ast.Value, bool) { return p.Model.ConstValue(p.Scope(), e) }

// Report reports a diagnostic at node n.
func (p *Pass) Report(n ast.Node, msg string) {
	p.w.report(Diagnostic{Analyzer: p.Analyzer, Loc: n.Location(), Message: msg})
}

// Reportf reports a formatted diagnostic at node n.
func (p *Pass) Reportf(n ast.Node, format string, args ...any) {
	p.Report(n, fmt.Sprintf(format, args...))
}

// ReportDiagnostic reports a diagnostic built by the analyzer.
func (p *Pass) ReportDiagnostic(d Diagnostic) {
	d.Analyzer = p.Analyzer
	p.w.report(d)
}

// Roots returns the first segments of qualified names ("os" for
// "os.path.join"), sorted and without duplicates: the CallRoots of an
// analyzer driven by a table of names.
func Roots(names ...string) []string {
	var out []string
	for _, n := range names {
		r := rootOf(n)
		if r != "" && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	slices.Sort(out)
	return out
}

// RootsOf returns the Roots of the keys of m.
func RootsOf[V any](m map[string]V) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	return Roots(names...)
}
