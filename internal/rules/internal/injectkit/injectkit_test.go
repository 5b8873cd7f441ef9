package injectkit

import (
	"testing"

	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/parser"
	"github.com/krait-dev/krait/internal/semantic"
)

// lastValue parses src and returns a resolver for its module and the
// value of its last statement (an expression or an assignment).
func lastValue(t *testing.T, src string) (Resolver, ast.Expr) {
	t.Helper()
	f := parser.ParseFile("t.py", []byte(src))
	if len(f.Errors) > 0 {
		t.Fatalf("%q: %v", src, f.Errors[0])
	}
	m := semantic.Build(f.Module, "")
	r := Resolver{Model: m, Scope: m.Module, FollowNames: true}
	switch st := f.Module.Body[len(f.Module.Body)-1].(type) {
	case *ast.ExprStmt:
		return r, st.Value
	case *ast.Assign:
		return r, st.Value
	}
	t.Fatalf("%q: last statement is not an expression", src)
	return r, nil
}

func TestParts(t *testing.T) {
	tests := []struct {
		src       string
		join      string // Join("?")
		literals  string // Literals("|")
		dynamic   bool
		lead      string
		complete  bool
		leadKnown bool
	}{
		{`"abc"`, "abc", "abc", false, "abc", true, true},
		{`"SELECT * FROM " + t`, "SELECT * FROM ?", "SELECT * FROM ", true, "SELECT * FROM ", false, true},
		{`a + "b" + c + "d"`, "?b?d", "b|d", true, "", false, false},
		{`"x %s y %s" % (a, "z")`, "x %s y %s?z", "x %s y %s|z", true, "x %s y %s", false, true},
		{`"x %(a)s" % {"a": b}`, "x %(a)s?", "x %(a)s", true, "x %(a)s", false, true},
		{`"x %d" % 5`, "x %d5", "x %d|5", false, "x %d5", true, true},
		{`f"ls {d} -l"`, "ls ? -l", "ls | -l", true, "ls ", false, true},
		{`"{} and {}".format(a, "b")`, "{} and {}?b", "{} and {}|b", true, "{} and {}", false, true},
		{`T = "users"` + "\n" + `"FROM " + T`, "FROM users", "FROM users", false, "FROM users", true, true},
		{`c = "ls " + d` + "\n" + `c`, "ls ?", "ls ", true, "ls ", false, true},
		{`c = "a"` + "\n" + `c = d` + "\n" + `c`, "?", "", true, "", false, false},
		{`x % 2`, "?", "", true, "", false, false},
		{`len(x)`, "?", "", true, "", false, false},
	}
	for _, tt := range tests {
		r, e := lastValue(t, tt.src)
		ps := r.Parts(e)
		if got := ps.Join("?"); got != tt.join {
			t.Errorf("%q: Join = %q, want %q", tt.src, got, tt.join)
		}
		if got := ps.Literals("|"); got != tt.literals {
			t.Errorf("%q: Literals = %q, want %q", tt.src, got, tt.literals)
		}
		if got := ps.Dynamic(); got != tt.dynamic {
			t.Errorf("%q: Dynamic = %v, want %v", tt.src, got, tt.dynamic)
		}
		lead, complete, ok := r.Leading(e)
		if lead != tt.lead || complete != tt.complete || ok != tt.leadKnown {
			t.Errorf("%q: Leading = %q, %v, %v, want %q, %v, %v", tt.src, lead, complete, ok, tt.lead, tt.complete, tt.leadKnown)
		}
	}
}

// TestPartsDeepChain checks that a long concatenation of constants is
// still known to be constant (the semantic model folds only a few
// levels) and does not recurse per term.
func TestPartsDeepChain(t *testing.T) {
	src := `"SELECT a"`
	for i := 0; i < 5000; i++ {
		src += ` + " b"`
	}
	r, e := lastValue(t, src)
	if r.Parts(e).Dynamic() {
		t.Fatal("a chain of constants is dynamic")
	}
}

func TestProgram(t *testing.T) {
	tests := []struct {
		src, prefix         string
		complete, ok, konst bool
	}{
		{`["ls", "-l"]`, "ls", true, true, true},
		{`("/bin/ls", x)`, "/bin/ls", true, true, false},
		{`[x, "-l"]`, "", false, false, false},
		{`[*args]`, "", false, false, false},
		{`[]`, "", false, false, true},
		{`"ls " + d`, "ls ", false, true, false},
		{`cmd = ["git", "log"]` + "\n" + `cmd`, "git", true, true, true},
	}
	for _, tt := range tests {
		r, e := lastValue(t, tt.src)
		prefix, complete, ok := ProgramPrefix(r, e)
		if prefix != tt.prefix || complete != tt.complete || ok != tt.ok {
			t.Errorf("%q: ProgramPrefix = %q, %v, %v, want %q, %v, %v", tt.src, prefix, complete, ok, tt.prefix, tt.complete, tt.ok)
		}
		if got := ConstantCommand(r, e); got != tt.konst {
			t.Errorf("%q: ConstantCommand = %v, want %v", tt.src, got, tt.konst)
		}
	}
	if ProgramPrefix(Resolver{}, nil); ConstantCommand(Resolver{}, nil) {
		t.Error("ConstantCommand(nil) is true")
	}
}

func TestIsFullPath(t *testing.T) {
	for s, want := range map[string]bool{
		"/bin/ls": true, "./run.sh": true, `\\server\share`: true, `C:\tools\x.exe`: true, "c:": true,
		"ls": false, "": false, " /bin/ls": false, "C": false, "1:": false,
	} {
		if got := IsFullPath(s); got != want {
			t.Errorf("IsFullPath(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestLookupProc(t *testing.T) {
	for name, kind := range map[string]ProcKind{
		"subprocess.run": Subprocess, "os.system": Shell, "os.execv": NoShell, "os.spawnl": NoShell,
	} {
		f, ok := LookupProc(name)
		if !ok || f.Kind != kind {
			t.Errorf("LookupProc(%q) = %v, %v", name, f, ok)
		}
	}
	if f, _ := LookupProc("os.spawnv"); f.ProgPos != 1 {
		t.Error("os.spawnv's program is its second argument")
	}
	if _, ok := LookupProc("os.path.join"); ok {
		t.Error("os.path.join starts no process")
	}
}
