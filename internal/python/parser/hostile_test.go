package parser_test

import (
	"bytes"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/parser"
)

// parseBounded parses src and fails the test when parsing takes longer
// than limit.
func parseBounded(t *testing.T, name string, src []byte, limit time.Duration) *parser.File {
	t.Helper()
	done := make(chan *parser.File, 1)
	start := time.Now()
	go func() { done <- parser.ParseFile(name, src) }()
	select {
	case f := <-done:
		if f == nil || f.Module == nil {
			t.Fatalf("%s: ParseFile returned no module", name)
		}
		t.Logf("%s: %v, %d errors", name, time.Since(start).Round(time.Millisecond), len(f.Errors))
		return f
	case <-time.After(limit):
		t.Fatalf("%s: parsing did not finish within %v", name, limit)
	}
	return nil
}

func TestHostileInputs(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	binary := make([]byte, 1<<20)
	rng.Read(binary)
	cases := []struct {
		name      string
		src       []byte
		wantError string // substring of the first error; "" means the file is valid
	}{
		{"empty", nil, ""},
		{"lone BOM", []byte("\xef\xbb\xbf"), ""},
		{"BOM then code", []byte("\xef\xbb\xbfx = 1\n"), ""},
		{"100000 nested parens", []byte(strings.Repeat("(", 100000)), "too many nested parentheses"},
		{"100000 nested brackets closed", []byte(strings.Repeat("[", 100000) + strings.Repeat("]", 100000)), "too many nested parentheses"},
		{"deep unary", []byte(strings.Repeat("-", 100000) + "x\n"), "too complex"},
		{"deep not", []byte(strings.Repeat("not ", 50000) + "x\n"), "too complex"},
		{"deep lambda", []byte(strings.Repeat("lambda: ", 50000) + "x\n"), "too complex"},
		{"deep power", []byte(strings.Repeat("x**", 50000) + "x\n"), "too complex"},
		{"deep ifexp", []byte(strings.Repeat("a if b else ", 50000) + "x\n"), "too complex"},
		{"binary data", binary, "?"},
		{"invalid utf-8", []byte("x = '\xff\xfe'\n"), "utf-8"},
		{"NUL bytes", []byte("x = 1\x00\ny = 2\n"), "null bytes"},
		{"mixed tabs and spaces", []byte("if x:\n        a\n\tb\n"), "inconsistent use of tabs"},
		{"many errors", bytes.Repeat([]byte("x = = 1\n"), 10000), "invalid syntax"},
		{"deep indentation", []byte(deepIndent(150)), "too many levels of indentation"},
		{"nested fstrings", []byte(strings.Repeat("f'{", 200) + strings.Repeat("}'", 200) + "\n"), "?"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := parseBounded(t, c.name, c.src, 10*time.Second)
			switch {
			case c.wantError == "" && len(f.Errors) > 0:
				t.Fatalf("unexpected error: %v", f.Errors[0])
			case c.wantError == "?" || c.wantError == "":
			case len(f.Errors) == 0:
				t.Fatalf("no error, want %q", c.wantError)
			default:
				found := false
				for _, e := range f.Errors {
					found = found || strings.Contains(e.Msg, c.wantError)
				}
				if !found {
					t.Fatalf("errors %v, want one with %q", f.Errors, c.wantError)
				}
			}
			for _, e := range f.Errors {
				if e.Filename != c.name || e.Kind == "" || e.Msg == "" {
					t.Fatalf("incomplete error %+v", e)
				}
			}
		})
	}
}

func deepIndent(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i))
		b.WriteString("if x:\n")
	}
	b.WriteString(strings.Repeat(" ", n))
	b.WriteString("pass\n")
	return b.String()
}

// TestHugeLine parses a 50 MB single line in bounded time.
func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input skipped in -short mode")
	}
	src := make([]byte, 0, 50<<20+16)
	src = append(src, "x = ["...)
	for len(src) < 50<<20 {
		src = append(src, "1, "...)
	}
	src = append(src, "]\n"...)
	f := parseBounded(t, "huge", src, 60*time.Second)
	if len(f.Errors) > 0 {
		t.Fatalf("unexpected error %v", f.Errors[0])
	}
	src = bytes.Repeat([]byte{'a'}, 50<<20)
	f = parseBounded(t, "huge name", src, 60*time.Second)
	if len(f.Errors) > 0 {
		t.Fatalf("unexpected error %v", f.Errors[0])
	}
}

// TestRecovery checks that errors do not stop the parse: later statements
// are still in the partial tree and every error is reported.
func TestRecovery(t *testing.T) {
	src := "import os\nx = = 1\ndef f(a b):\n    pass\nos.system(cmd)\nif y\n    z = 1\nclass C:\n    pass\nreturn (\n"
	f := parser.ParseFile("r.py", []byte(src))
	if len(f.Errors) < 3 {
		t.Fatalf("want at least 3 errors, got %v", f.Errors)
	}
	var kinds []string
	for _, s := range f.Module.Body {
		kinds = append(kinds, strings.SplitN(ast.Dump(s), "(", 2)[0])
	}
	got := strings.Join(kinds, " ")
	if !strings.HasPrefix(got, "Import") || !strings.Contains(got, "Expr") {
		t.Fatalf("partial tree %q lacks the valid statements", got)
	}
	for i := 1; i < len(f.Errors); i++ {
		a, b := f.Errors[i-1], f.Errors[i]
		if a.Line > b.Line || a.Line == b.Line && a.Col > b.Col {
			t.Fatalf("errors not sorted: %v before %v", a, b)
		}
	}
}

func FuzzParseFile(f *testing.F) {
	for _, s := range snippets {
		f.Add([]byte(s))
	}
	f.Add([]byte("\xef\xbb\xbf# coding: latin-1\nx = '\xe9'\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		file := parser.ParseFile("fuzz.py", src)
		if file == nil || file.Module == nil {
			t.Fatal("no module")
		}
		_ = ast.Dump(file.Module)
		for _, e := range file.Errors {
			if strings.HasPrefix(e.Msg, "internal parser error") {
				t.Fatalf("internal error: %v", e)
			}
		}
	})
}
