// Package badfilepermissions reports chmod calls that make a file
// writable or executable by other users (Bandit B103).
package badfilepermissions

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/semantic"
)

//go:embed doc.md
var doc string

// Analyzer reports chmod calls with permissive modes.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1103",
		Name:       "set-bad-file-permissions",
		Aliases:    []string{"B103", "S103"},
		CWE:        []int{732},
		Severity:   finding.High,
		Confidence: finding.HighConfidence,
		Summary:    "chmod with a mode that lets other users write to or execute the file",
		Doc:        doc,
	},
	Nodes: []ast.Kind{ast.KindCall},
	Run:   run,
}

// argSpec is where a function takes its path and mode arguments; a
// negative position means the argument is not positional (the receiver
// holds the path).
type argSpec struct {
	pathPos, modePos int
}

// chmodFunctions are the functions that set a file's mode.
var chmodFunctions = map[string]argSpec{
	"os.chmod":  {0, 1},
	"os.fchmod": {0, 1},
	"os.lchmod": {0, 1},
	// Methods of path objects: the receiver is the path.
	"pathlib.Path().chmod":         {-1, 0},
	"pathlib.Path().lchmod":        {-1, 0},
	"pathlib.PosixPath().chmod":    {-1, 0},
	"pathlib.PosixPath().lchmod":   {-1, 0},
	"pathlib.WindowsPath().chmod":  {-1, 0},
	"pathlib.WindowsPath().lchmod": {-1, 0},
	// Unbound methods: Path.chmod(p, mode).
	"pathlib.Path.chmod":       {0, 1},
	"pathlib.Path.lchmod":      {0, 1},
	"pathlib.PosixPath.chmod":  {0, 1},
	"pathlib.PosixPath.lchmod": {0, 1},
}

// statConstants are the permission bits of the stat module.
var statConstants = map[string]int64{
	"stat.S_ISUID": 0o4000, "stat.S_ISGID": 0o2000, "stat.S_ENFMT": 0o2000, "stat.S_ISVTX": 0o1000,
	"stat.S_IREAD": 0o400, "stat.S_IWRITE": 0o200, "stat.S_IEXEC": 0o100,
	"stat.S_IRWXU": 0o700, "stat.S_IRUSR": 0o400, "stat.S_IWUSR": 0o200, "stat.S_IXUSR": 0o100,
	"stat.S_IRWXG": 0o070, "stat.S_IRGRP": 0o040, "stat.S_IWGRP": 0o020, "stat.S_IXGRP": 0o010,
	"stat.S_IRWXO": 0o007, "stat.S_IROTH": 0o004, "stat.S_IWOTH": 0o002, "stat.S_IXOTH": 0o001,
}

// The permission bits the rule looks at.
const (
	worldWrite = 0o002
	groupWrite = 0o020
	othersExec = 0o011 // S_IXGRP | S_IXOTH
)

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	name := p.CalleeName(call)
	spec, known := chmodFunctions[name]
	confidence := finding.HighConfidence
	if !known {
		var ok bool
		spec, confidence, ok = guess(call, name)
		if !ok {
			return
		}
	}
	modeExpr := analysis.Arg(call, spec.modePos, "mode")
	if modeExpr == nil {
		return
	}
	m := folder{p: p}.fold(p.Scope(), modeExpr, 0)
	if !m.known() || m.exact && m.set < 0 {
		return // unknown, or negative (chmod raises OverflowError)
	}
	var sev finding.Severity
	var what string
	switch {
	case m.set&worldWrite != 0:
		sev, what = finding.High, "world-writable"
	case m.set&groupWrite != 0:
		sev, what = finding.Medium, "group-writable"
	case m.exact && m.set&othersExec != 0:
		sev, what = finding.Low, "executable by group or others"
	default:
		return
	}
	if name == "" {
		name = "chmod"
	}
	mode := "mode " + fmt.Sprintf("%O", m.set)
	if !m.exact {
		mode = "mode bits " + fmt.Sprintf("%O", m.set&(worldWrite|groupWrite))
	}
	target := "a file"
	if spec.pathPos >= 0 {
		if s, ok := p.String(analysis.Arg(call, spec.pathPos, "path")); ok {
			target = strconv.Quote(s)
		}
	}
	p.ReportDiagnostic(analysis.Diagnostic{
		Loc:        call.Loc,
		Message:    fmt.Sprintf("%s sets %s on %s: %s", name, mode, target, what),
		Severity:   int(sev),
		Confidence: int(confidence),
	})
}

// guess recognises, as Bandit does, calls of functions and methods whose
// name contains "chmod" that krait cannot resolve to a known function:
// two positional arguments are (path, mode), a single one on a method
// named chmod or lchmod is the mode of a path object.
func guess(call *ast.Call, name string) (argSpec, finding.Confidence, bool) {
	var last string
	switch fn := call.Func.(type) {
	case *ast.Attribute:
		last = fn.Attr
	case *ast.Name:
		last = fn.Id
	default:
		return argSpec{}, 0, false
	}
	if !strings.Contains(strings.ToLower(last), "chmod") {
		return argSpec{}, 0, false
	}
	confidence := finding.MediumConfidence
	if _, local := call.Func.(*ast.Name); local && name == "" {
		// A function of this module (or an undefined name) called chmod.
		confidence = finding.LowConfidence
	}
	switch {
	case len(call.Args) == 2:
		return argSpec{0, 1}, confidence, true
	case len(call.Args) <= 1 && (last == "chmod" || last == "lchmod"):
		if _, method := call.Func.(*ast.Attribute); method {
			return argSpec{-1, 0}, confidence, true
		}
	}
	return argSpec{}, 0, false
}

// bits is what is known of an integer: the bits certainly set, and
// whether the value is known exactly (then set is the value).
type bits struct {
	set   int64
	exact bool
}

func (b bits) known() bool { return b.exact || b.set != 0 }

// folder folds mode expressions: integer literals, stat constants, names
// assigned once, int("777", 8), and | & ^ + - ~ << on them. An | with an
// unknown side still sets the known side's bits, so
// `os.stat(p).st_mode | stat.S_IWOTH` is known to be world-writable.
type folder struct {
	p *analysis.Pass
}

const maxDepth = 16

func (f folder) fold(s *semantic.Scope, e ast.Expr, depth int) bits {
	if depth > maxDepth || e == nil {
		return bits{}
	}
	m := f.p.Model
	switch e := e.(type) {
	case *ast.Constant:
		if v, ok := e.Value.(int64); ok {
			return bits{v, true}
		}
	case *ast.Name, *ast.Attribute:
		if v, ok := statConstants[m.QualifiedName(s, e)]; ok {
			return bits{v, true}
		}
		if name, ok := e.(*ast.Name); ok {
			b := m.Resolve(s, name.Id, name.Loc)
			if b == nil || b.Kind != semantic.AssignBinding || b.Value == nil {
				return bits{}
			}
			for _, o := range b.Scope.Bindings[b.Name] {
				if o != b && o.Kind != semantic.AnnotationBinding {
					return bits{} // reassigned: not a constant
				}
			}
			return f.fold(b.Scope, b.Value, depth+1)
		}
	case *ast.UnaryOp:
		x := f.fold(s, e.Operand, depth+1)
		if !x.exact {
			return bits{}
		}
		switch e.Op {
		case ast.Invert:
			return bits{^x.set, true}
		case ast.UAdd:
			return x
		}
	case *ast.BinOp:
		l, r := f.fold(s, e.Left, depth+1), f.fold(s, e.Right, depth+1)
		if e.Op == ast.BitOr {
			return bits{l.set | r.set, l.exact && r.exact}
		}
		if !l.exact || !r.exact {
			return bits{}
		}
		switch e.Op {
		case ast.BitAnd:
			return bits{l.set & r.set, true}
		case ast.BitXor:
			return bits{l.set ^ r.set, true}
		case ast.Add:
			return bits{l.set + r.set, true}
		case ast.Sub:
			return bits{l.set - r.set, true}
		case ast.LShift:
			if r.set >= 0 && r.set < 32 && l.set >= 0 && l.set < 1<<31 {
				return bits{l.set << r.set, true}
			}
		}
	case *ast.Call:
		// int("777", 8)
		if m.QualifiedName(s, e.Func) == "builtins.int" && len(e.Args) == 2 && len(e.Keywords) == 0 {
			str, ok1 := m.ConstValue(s, e.Args[0])
			base, ok2 := m.ConstValue(s, e.Args[1])
			digits, isStr := str.(string)
			b, isInt := base.(int64)
			if ok1 && ok2 && isStr && isInt && b >= 2 && b <= 36 {
				digits = strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(digits), "0o"), "0O")
				if v, err := strconv.ParseInt(strings.ReplaceAll(digits, "_", ""), int(b), 64); err == nil {
					return bits{v, true}
				}
			}
		}
	}
	return bits{}
}
