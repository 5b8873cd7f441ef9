// Package injectkit holds what the injection rules (Bandit B601-B615 and
// the blacklists) share: the table of functions that start processes, the
// literal fragments of string-building expressions, and small helpers to
// follow a name to the value it was assigned once.
package injectkit

import (
	"regexp"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/python/ast"
)

// ProcKind says how a process-starting function runs its command.
type ProcKind uint8

// The kinds of process-starting functions, as Bandit's shell_injection
// configuration groups them.
const (
	// Subprocess functions take shell= and run the program directly
	// unless it is true (Bandit's "subprocess" list).
	Subprocess ProcKind = iota + 1
	// Shell functions always run their command through /bin/sh (Bandit's
	// "shell" list).
	Shell
	// NoShell functions execute a program directly, never through a shell
	// (Bandit's "no_shell" list).
	NoShell
)

// ProcFunc describes one function that starts a process.
type ProcFunc struct {
	Kind ProcKind
	// ProgPos and ProgKw locate the argument that holds the command (a
	// string or an argument list) or the program: its position and its
	// keyword name.
	ProgPos int
	ProgKw  string
	// Bandit is true when Bandit's shell_injection configuration lists
	// the function; krait adds a few it misses.
	Bandit bool
	// Variadic is true when the program's arguments follow it as further
	// positional arguments (os.execl, asyncio.create_subprocess_exec).
	Variadic bool
}

// procFuncs maps the qualified name of every function that starts a
// process to its description. It is never modified.
var procFuncs = map[string]ProcFunc{
	// subprocess (Bandit's "subprocess" list)
	"subprocess.Popen":        {Subprocess, 0, "args", true, false},
	"subprocess.call":         {Subprocess, 0, "args", true, false},
	"subprocess.check_call":   {Subprocess, 0, "args", true, false},
	"subprocess.check_output": {Subprocess, 0, "args", true, false},
	"subprocess.run":          {Subprocess, 0, "args", true, false},
	// asyncio's equivalents, which Bandit does not know.
	"asyncio.create_subprocess_exec":            {Subprocess, 0, "program", false, true},
	"asyncio.subprocess.create_subprocess_exec": {Subprocess, 0, "program", false, true},

	// always through a shell (Bandit's "shell" list)
	"os.system":                       {Shell, 0, "command", true, false},
	"os.popen":                        {Shell, 0, "cmd", true, false},
	"os.popen2":                       {Shell, 0, "cmd", true, false},
	"os.popen3":                       {Shell, 0, "cmd", true, false},
	"os.popen4":                       {Shell, 0, "cmd", true, false},
	"popen2.popen2":                   {Shell, 0, "cmd", true, false},
	"popen2.popen3":                   {Shell, 0, "cmd", true, false},
	"popen2.popen4":                   {Shell, 0, "cmd", true, false},
	"popen2.Popen3":                   {Shell, 0, "cmd", true, false},
	"popen2.Popen4":                   {Shell, 0, "cmd", true, false},
	"commands.getoutput":              {Shell, 0, "cmd", true, false},
	"commands.getstatusoutput":        {Shell, 0, "cmd", true, false},
	"subprocess.getoutput":            {Shell, 0, "cmd", true, false},
	"subprocess.getstatusoutput":      {Shell, 0, "cmd", true, false},
	"asyncio.create_subprocess_shell": {Shell, 0, "cmd", false, false},
	"asyncio.subprocess.create_subprocess_shell": {Shell, 0, "cmd", false, false},

	// no shell (Bandit's "no_shell" list); the spawn functions take the
	// mode first and the program second.
	"os.execl":        {NoShell, 0, "path", true, true},
	"os.execle":       {NoShell, 0, "path", true, true},
	"os.execlp":       {NoShell, 0, "file", true, true},
	"os.execlpe":      {NoShell, 0, "file", true, true},
	"os.execv":        {NoShell, 0, "path", true, false},
	"os.execve":       {NoShell, 0, "path", true, false},
	"os.execvp":       {NoShell, 0, "file", true, false},
	"os.execvpe":      {NoShell, 0, "file", true, false},
	"os.spawnl":       {NoShell, 1, "path", true, true},
	"os.spawnle":      {NoShell, 1, "path", true, true},
	"os.spawnlp":      {NoShell, 1, "file", true, true},
	"os.spawnlpe":     {NoShell, 1, "file", true, true},
	"os.spawnv":       {NoShell, 1, "path", true, false},
	"os.spawnve":      {NoShell, 1, "path", true, false},
	"os.spawnvp":      {NoShell, 1, "file", true, false},
	"os.spawnvpe":     {NoShell, 1, "file", true, false},
	"os.startfile":    {NoShell, 0, "path", true, false},
	"os.posix_spawn":  {NoShell, 0, "path", false, false},
	"os.posix_spawnp": {NoShell, 0, "path", false, false},
}

// LookupProc returns the description of the process-starting function
// with qualified name name.
func LookupProc(name string) (ProcFunc, bool) {
	f, ok := procFuncs[name]
	return f, ok
}

// ProcRoots returns the first segments of the names LookupProc knows: the
// CallRoots of analyzers that only look at those calls.
func ProcRoots() []string { return analysis.RootsOf(procFuncs) }

// Command returns the argument of call that holds the command or program
// of f, or nil when it is absent or hidden behind *args or **kwargs.
func (f ProcFunc) Command(call *ast.Call) ast.Expr {
	return analysis.Arg(call, f.ProgPos, f.ProgKw)
}

// Tri is a truth value that may be unknown.
type Tri uint8

// The truth values.
const (
	Absent  Tri = iota // the argument is not given
	False              // known to be false
	True               // known to be true
	Unknown            // given, but its value is not known statically
)

// ShellArg returns the truth of call's shell= keyword. A shell= hidden in
// **kwargs is reported as Absent, as Bandit does.
func ShellArg(p *analysis.Pass, call *ast.Call) Tri {
	e := analysis.Keyword(call, "shell")
	if e == nil {
		return Absent
	}
	switch x := e.(type) {
	case *ast.List:
		return truth(len(x.Elts) > 0)
	case *ast.Tuple:
		return truth(len(x.Elts) > 0)
	case *ast.Dict:
		return truth(len(x.Keys) > 0)
	}
	v, known := p.Truth(e)
	switch {
	case !known:
		return Unknown
	case v:
		return True
	}
	return False
}

func truth(b bool) Tri {
	if b {
		return True
	}
	return False
}

// fullPathRE is Bandit's test of a full path: a Windows drive letter
// followed by a colon, or a leading /, \ or '.'.
var fullPathRE = regexp.MustCompile(`^(?:[A-Za-z]:|[\\/.])`)

// IsFullPath reports whether a program name is given with a path (by
// Bandit's definition: it starts with a drive letter and a colon, or with
// one of / \ .).
func IsFullPath(s string) bool { return fullPathRE.MatchString(s) }

// ConstantCall reports whether the command call runs, with its arguments,
// is known statically in full.
func (f ProcFunc) ConstantCall(r Resolver, call *ast.Call) bool {
	if !f.Variadic {
		return ConstantCommand(r, f.Command(call))
	}
	if len(call.Args) <= f.ProgPos {
		return ConstantCommand(r, f.Command(call))
	}
	for _, a := range call.Args[f.ProgPos:] {
		if _, star := a.(*ast.Starred); star || r.Parts(a).Dynamic() {
			return false
		}
	}
	return true
}

// ConstantCommand reports whether cmd, a command string or argument list,
// is known statically in full.
func ConstantCommand(r Resolver, cmd ast.Expr) bool {
	if cmd == nil {
		return false
	}
	if elts, s, ok := r.Sequence(cmd); ok {
		for _, e := range elts {
			if _, star := e.(*ast.Starred); star || r.In(s).Parts(e).Dynamic() {
				return false
			}
		}
		return true
	}
	return !r.Parts(cmd).Dynamic()
}

// CommandText returns the text of cmd, a command string or argument list
// (its elements joined by spaces), with every part not known statically
// replaced by a space.
func CommandText(r Resolver, cmd ast.Expr) string {
	if cmd == nil {
		return ""
	}
	if elts, s, ok := r.Sequence(cmd); ok {
		var b []byte
		for i, e := range elts {
			if i > 0 {
				b = append(b, ' ')
			}
			b = append(b, r.In(s).Parts(e).Join(" ")...)
		}
		return string(b)
	}
	return r.Parts(cmd).Join(" ")
}

// ProgramPrefix returns the beginning of the program named by cmd (the
// first element of an argument list, or the start of a command string) as
// far as it is known statically, and whether anything of it is known.
// The whole name is known when complete is true.
func ProgramPrefix(r Resolver, cmd ast.Expr) (prefix string, complete, ok bool) {
	if cmd == nil {
		return "", false, false
	}
	if elts, s, isSeq := r.Sequence(cmd); isSeq {
		if len(elts) == 0 {
			return "", false, false
		}
		if _, star := elts[0].(*ast.Starred); star {
			return "", false, false
		}
		r, cmd = r.In(s), elts[0]
	}
	return r.Leading(cmd)
}
