package scanner

import (
	"bytes"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/python/token"
)

// scanAll decodes and scans src, checking the invariants of the tokens,
// and returns the number of tokens.
func scanAll(t testing.TB, src []byte) int {
	text, _ := Decode(src)
	return checkScan(t, New(text), text)
}

func checkScan(t testing.TB, s *Scanner, text []byte) int {
	prevOff := int32(0)
	prevLine := int32(0)
	// every token consumes input, except Newline, Indent and Dedent,
	// which are bounded by the lines and indentation levels
	limit := 4*len(text) + 1000
	for n := 0; ; n++ {
		tk := s.Next()
		if tk.Off < prevOff || tk.EndOff < tk.Off || int(tk.EndOff) > len(text) {
			t.Fatalf("token %d %v: offsets out of order or bounds (prev %d, len %d)", n, tk, prevOff, len(text))
		}
		if tk.Line < prevLine || tk.EndLine < tk.Line {
			t.Fatalf("token %d %v: lines out of order (prev %d)", n, tk, prevLine)
		}
		prevOff, prevLine = tk.Off, tk.Line
		if tk.Kind == token.EOF {
			for i := 0; i < 3; i++ {
				if k := s.Next().Kind; k != token.EOF {
					t.Fatalf("after EOF: %v", k)
				}
			}
			return n
		}
		if n > limit {
			t.Fatalf("no EOF after %d tokens", n)
		}
	}
}

func timed(t *testing.T, name string, max time.Duration, f func()) {
	t.Helper()
	start := time.Now()
	f()
	if d := time.Since(start); d > max {
		t.Errorf("%s took %v", name, d)
	}
}

func TestHostile(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	random := make([]byte, 1<<20)
	rng.Read(random)
	cases := map[string][]byte{
		"empty":          {},
		"lone BOM":       []byte("\xef\xbb\xbf"),
		"BOM and code":   []byte("\xef\xbb\xbfx = 1\n"),
		"NULs":           bytes.Repeat([]byte("a\x00 '\x00' # \x00\n"), 1000),
		"invalid UTF-8":  bytes.Repeat([]byte("x = '\xff\xfe' + \xc3 # \xe2\x82\n\xf0\x90"), 10000),
		"random binary":  random,
		"mixed tabs":     bytes.Repeat([]byte("if x:\n\t  y\n  \tz\n\t\t\tw\n \f\tv\n"), 10000),
		"deep indent":    []byte(nestedIfs(5000)),
		"many dedents":   []byte(nestedIfs(99) + "x\n" + nestedIfs(99) + "x\n"),
		"nested parens":  bytes.Repeat([]byte("("), 100000),
		"closing parens": bytes.Repeat([]byte(")]}"), 100000),
		"nested fstring": []byte(strings.Repeat("f'{", 10000) + strings.Repeat("}'", 10000)),
		"nested fspec":   []byte("f'" + strings.Repeat("{x:", 10000) + strings.Repeat("}", 10000) + "'"),
		"open triple":    append([]byte("'''"), bytes.Repeat([]byte("a\n"), 100000)...),
		"open fstring":   append([]byte("f'''{"), bytes.Repeat([]byte("a\n"), 100000)...),
		"backslashes":    bytes.Repeat([]byte("\\\n"), 100000),
		"CR only":        bytes.Repeat([]byte("x = 1\r\ry\r\n"), 10000),
		"numbers":        bytes.Repeat([]byte("0x 0b2 1__ 1e+ 0o8 09 1.e 1_j 0_x 1.5j_ .5_ "), 10000),
		"latin-1":        append([]byte("# coding: latin-1\n"), random[:10000]...),
		"cp1252":         append([]byte("# coding: cp1252\n"), random[:10000]...),
		"euc-jp":         append([]byte("# coding: euc-jp\n"), random[:10000]...),
		"errors":         bytes.Repeat([]byte("$ ? ` <> € \x01 'a\n"), 10000),
		"fstring opens":  bytes.Repeat([]byte("f'{"), 300000),
		"fstring fields": bytes.Repeat([]byte("f'''{x:{"), 100000),
		"quotes":         bytes.Repeat([]byte("'"), 1000000),
		"triple quotes":  bytes.Repeat([]byte(`'''"""'`), 100000),
		"dedent errors":  bytes.Repeat([]byte("if 1:\n    x\n  y\n"), 50000),
		"invalid names":  bytes.Repeat([]byte("a\xffb\xc3 \xe2\x82\xac\xf0"), 100000),
	}
	for name, src := range cases {
		timed(t, name, 10*time.Second, func() { scanAll(t, src) })
	}
	// a 50 MB single line
	big := bytes.Repeat([]byte("abc + 1.5 * 'x' - "), 50<<20/18)
	timed(t, "50 MB line", 20*time.Second, func() {
		s := New(big)
		n := checkScan(t, s, big)
		if n < 10_000_000 {
			t.Errorf("50 MB line: %d tokens", n)
		}
	})
	// 100,000 nested '(': one error for the nesting, one for the unclosed
	s := New(cases["nested parens"])
	checkScan(t, s, cases["nested parens"])
	if errs := s.Errors(); len(errs) != 2 || errs[0].Msg != "too many nested parentheses" || errs[1].Msg != "'(' was never closed" {
		t.Errorf("nested parens: %v", errs)
	}
	// errors are bounded
	s = New(cases["errors"])
	checkScan(t, s, cases["errors"])
	if n := len(s.Errors()); n != maxErrors {
		t.Errorf("%d errors, want %d", n, maxErrors)
	}
}

func TestDecode(t *testing.T) {
	tests := []struct{ src, want string }{
		{"", ""},
		{"\xef\xbb\xbf", ""},
		{"\xef\xbb\xbfx\r\ny\rz", "x\ny\nz"},
		{"# coding: latin-1\nx = '\xe9'", "# coding: latin-1\nx = 'é'"},
		{"#!python\n# -*- coding: iso-8859-15 -*-\n'\xa4'", "#!python\n# -*- coding: iso-8859-15 -*-\n'€'"},
		{"\n# vim: set fileencoding=cp1252 :\n'\x80'", "\n# vim: set fileencoding=cp1252 :\n'€'"},
		{"x = 1\n# coding: latin-1\n# \xe9", "x = 1\n# coding: latin-1\n# \uFFFD"},
		{"# coding: utf-8-sig\n'é'", "# coding: utf-8-sig\n'é'"},
		{"# coding: koi8-r\n'\xc1'", "# coding: koi8-r\n'а'"},
		{"# coding: iso-8859-5\n'\xd0\x91'", "# coding: iso-8859-5\n'а\u0091'"}, // C1 controls map to themselves
		{"# \xff\xc3\n", "# \uFFFD\uFFFD\n"},
		{"'\xe2\x82('", "'\uFFFD('"},
		{"a\x00b", "a b"},
	}
	for _, tt := range tests {
		got, err := Decode([]byte(tt.src))
		if string(got) != tt.want {
			t.Errorf("Decode(%q) = %q, want %q", tt.src, got, tt.want)
		}
		if err != nil && !strings.Contains(tt.src, "\x00") && tt.src[0] != '\'' {
			t.Errorf("Decode(%q): %v", tt.src, err)
		}
	}
}

func FuzzScanner(f *testing.F) {
	for _, s := range []string{
		"x = 1\n", "if x:\n\ty = f'{a!r:>{w}}'\n", "'''a\nb'''", "0x_1f 1e5j 09.5", "(\n[\n{\n)",
		"f'{x[\"a\"]}' rb'\\'' u''", "\\\n", "# coding: latin-1\n'\xe9'", "\xef\xbb\xbf\x00\xff",
		"if 1:\n  \\\n x\n\f  y\n", "f'''{\n# c\n}'''", "a€b 1_é", "f'{f'{f'{1}'}'}'",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		scanAll(t, src)
		checkScan(t, New(src), src)
		checkScan(t, NewFragment(src, 3, 7), src)
	})
}
