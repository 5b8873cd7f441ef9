package scanner

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/python/token"
)

// dump renders the tokens of src as "KIND L:C-L:C" separated by spaces,
// without the final EOF.
func dump(s *Scanner) string {
	var b strings.Builder
	for i := 0; i < 100000; i++ {
		t := s.Next()
		if t.Kind == token.EOF {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s %d:%d-%d:%d", t.Kind, t.Line, t.Col, t.EndLine, t.EndCol)
	}
	return b.String()
}

func TestTokens(t *testing.T) {
	tests := []struct{ src, want string }{
		{"", ""},
		{"x", "NAME 1:0-1:1 NEWLINE 1:1-1:2"},
		{"x = 1\n", "NAME 1:0-1:1 = 1:2-1:3 NUMBER 1:4-1:5 NEWLINE 1:5-1:6"},
		{"\n\n# c\n  \n", ""},
		{"# c", ""},
		{"x = 1 # c", "NAME 1:0-1:1 = 1:2-1:3 NUMBER 1:4-1:5 NEWLINE 1:9-1:10"},
		{"if x:\n    y\n  # c\nz\n",
			"if 1:0-1:2 NAME 1:3-1:4 : 1:4-1:5 NEWLINE 1:5-1:6 INDENT 2:0-2:4 NAME 2:4-2:5 NEWLINE 2:5-2:6 DEDENT 4:0-4:0 NAME 4:0-4:1 NEWLINE 4:1-4:2"},
		{"if x:\n  y", "if 1:0-1:2 NAME 1:3-1:4 : 1:4-1:5 NEWLINE 1:5-1:6 INDENT 2:0-2:2 NAME 2:2-2:3 NEWLINE 2:3-2:4 DEDENT 3:0-3:0"},
		{"if x:\n\tif y:\n\t\tz\n", "if 1:0-1:2 NAME 1:3-1:4 : 1:4-1:5 NEWLINE 1:5-1:6 INDENT 2:0-2:1 if 2:1-2:3 NAME 2:4-2:5 : 2:5-2:6 NEWLINE 2:6-2:7 INDENT 3:0-3:2 NAME 3:2-3:3 NEWLINE 3:3-3:4 DEDENT 4:0-4:0 DEDENT 4:0-4:0"},
		// form feed resets the column
		{"if x:\n  \fy\n", "if 1:0-1:2 NAME 1:3-1:4 : 1:4-1:5 NEWLINE 1:5-1:6 NAME 2:3-2:4 NEWLINE 2:4-2:5"},
		// newlines inside brackets do not count
		{"f(a,\n  b)\n", "NAME 1:0-1:1 ( 1:1-1:2 NAME 1:2-1:3 , 1:3-1:4 NAME 2:2-2:3 ) 2:3-2:4 NEWLINE 2:4-2:5"},
		{"x = [\n  1, # c\n]\n", "NAME 1:0-1:1 = 1:2-1:3 [ 1:4-1:5 NUMBER 2:2-2:3 , 2:3-2:4 ] 3:0-3:1 NEWLINE 3:1-3:2"},
		// backslash continuation
		{"x = 1 + \\\n  2\n", "NAME 1:0-1:1 = 1:2-1:3 NUMBER 1:4-1:5 + 1:6-1:7 NUMBER 2:2-2:3 NEWLINE 2:3-2:4"},
		// keywords and soft keywords
		{"match _ case type async await None", "NAME 1:0-1:5 NAME 1:6-1:7 NAME 1:8-1:12 NAME 1:13-1:17 async 1:18-1:23 await 1:24-1:29 None 1:30-1:34 NEWLINE 1:34-1:35"},
		{"été = Ⅰ + a·b", "NAME 1:0-1:5 = 1:6-1:7 NAME 1:8-1:11 + 1:12-1:13 NAME 1:14-1:18 NEWLINE 1:18-1:19"},
		// numbers
		{"0 00 0_0 1_000 0x_1F 0o17 0b1_0 1. .5 1.5e-3 1E5j 1j 0j 00.5 09.5 0001e5",
			"NUMBER 1:0-1:1 NUMBER 1:2-1:4 NUMBER 1:5-1:8 NUMBER 1:9-1:14 NUMBER 1:15-1:20 NUMBER 1:21-1:25 NUMBER 1:26-1:31 NUMBER 1:32-1:34 NUMBER 1:35-1:37 NUMBER 1:38-1:44 NUMBER 1:45-1:49 NUMBER 1:50-1:52 NUMBER 1:53-1:55 NUMBER 1:56-1:60 NUMBER 1:61-1:65 NUMBER 1:66-1:72 NEWLINE 1:72-1:73"},
		{"1if x else 2", "NUMBER 1:0-1:1 if 1:1-1:3 NAME 1:4-1:5 else 1:6-1:10 NUMBER 1:11-1:12 NEWLINE 1:12-1:13"},
		{"0x1for 1or 1else 1in 1is 1and 1not", "NUMBER 1:0-1:4 or 1:4-1:6 NUMBER 1:7-1:8 or 1:8-1:10 NUMBER 1:11-1:12 else 1:12-1:16 NUMBER 1:17-1:18 in 1:18-1:20 NUMBER 1:21-1:22 is 1:22-1:24 NUMBER 1:25-1:26 and 1:26-1:29 NUMBER 1:30-1:31 not 1:31-1:34 NEWLINE 1:34-1:35"},
		{"1.__class__", "ILLEGAL 1:0-1:11 NEWLINE 1:11-1:12"},
		{"1.5.6 0x1.5", "NUMBER 1:0-1:3 NUMBER 1:3-1:5 NUMBER 1:6-1:9 NUMBER 1:9-1:11 NEWLINE 1:11-1:12"},
		{"1é", "NUMBER 1:0-1:1 NAME 1:1-1:3 NEWLINE 1:3-1:4"},
		// operators
		{"-> := ... != **= //= @= <<= >>= ** // == <= >= ~ ^ | & % @ ; , . ! :",
			"-> 1:0-1:2 := 1:3-1:5 ... 1:6-1:9 != 1:10-1:12 **= 1:13-1:16 //= 1:17-1:20 @= 1:21-1:23 <<= 1:24-1:27 >>= 1:28-1:31 ** 1:32-1:34 // 1:35-1:37 == 1:38-1:40 <= 1:41-1:43 >= 1:44-1:46 ~ 1:47-1:48 ^ 1:49-1:50 | 1:51-1:52 & 1:53-1:54 % 1:55-1:56 @ 1:57-1:58 ; 1:59-1:60 , 1:61-1:62 . 1:63-1:64 ! 1:65-1:66 : 1:67-1:68 NEWLINE 1:68-1:69"},
		{"a..b", "NAME 1:0-1:1 . 1:1-1:2 . 1:2-1:3 NAME 1:3-1:4 NEWLINE 1:4-1:5"},
		// strings
		{`'a' "b" '' """c""" '''d'''`, "STRING 1:0-1:3 STRING 1:4-1:7 STRING 1:8-1:10 STRING 1:11-1:18 STRING 1:19-1:26 NEWLINE 1:26-1:27"},
		{`r'\' ' b"x" Rb'x' bR'x' rb'x' BR'x' u'x' U"x" f'x' F'x' fr'x' Rf'x' rF'x'`,
			"STRING 1:0-1:6 STRING 1:7-1:11 STRING 1:12-1:17 STRING 1:18-1:23 STRING 1:24-1:29 STRING 1:30-1:35 STRING 1:36-1:40 STRING 1:41-1:45 STRING 1:46-1:50 STRING 1:51-1:55 STRING 1:56-1:61 STRING 1:62-1:67 STRING 1:68-1:73 NEWLINE 1:73-1:74"},
		{`ur'x' bu'x' fb'x'`, "NAME 1:0-1:2 STRING 1:2-1:5 NAME 1:6-1:8 STRING 1:8-1:11 NAME 1:12-1:14 STRING 1:14-1:17 NEWLINE 1:17-1:18"},
		{"x = '''a\nbc''' + 'd\\\ne'\n", "NAME 1:0-1:1 = 1:2-1:3 STRING 1:4-2:5 + 2:6-2:7 STRING 2:8-3:2 NEWLINE 3:2-3:3"},
		{`"""a""""b"`, "STRING 1:0-1:7 STRING 1:7-1:10 NEWLINE 1:10-1:11"},
		{`'a\'b\\'`, "STRING 1:0-1:8 NEWLINE 1:8-1:9"},
		// f-strings: one token, PEP 701 rules to find the end
		{`f'{x!r:>{w}}' f"{a!=b}" f'{{x}}' f'{x:{y}.{z}}'`, "STRING 1:0-1:13 STRING 1:14-1:23 STRING 1:24-1:32 STRING 1:33-1:47 NEWLINE 1:47-1:48"},
		{`f'{x['a']}' f"{f"{1}"}" f'{d["}"]}'`, "STRING 1:0-1:11 STRING 1:12-1:23 STRING 1:24-1:35 NEWLINE 1:35-1:36"},
		{`f'{x:' 'y'`, "STRING 1:0-1:6 STRING 1:7-1:10 NEWLINE 1:10-1:11"},
		{`f'\N{DASH}{x}' rf'\N{x}'`, "STRING 1:0-1:14 STRING 1:15-1:24 NEWLINE 1:24-1:25"},
		{`f'{lambda x:{x}}'`, "STRING 1:0-1:17 NEWLINE 1:17-1:18"},
		{"f'''{x # }'''\n}'''", "STRING 1:0-2:4 NEWLINE 2:4-2:5"},
		{"f'''a\n{\nx\n}'''", "STRING 1:0-4:4 NEWLINE 4:4-4:5"},
		{`f'{x:{y:{z}}}'`, "STRING 1:0-1:14 NEWLINE 1:14-1:15"},
		{`f"{'\"'}"`, "STRING 1:0-1:9 NEWLINE 1:9-1:10"},
		{`f'\{x}'`, "STRING 1:0-1:7 NEWLINE 1:7-1:8"},
		{`f'{rb"x" + u'y'}'`, "STRING 1:0-1:17 NEWLINE 1:17-1:18"},
		// exclamation outside f-strings
		{"a ! b", "NAME 1:0-1:1 ! 1:2-1:3 NAME 1:4-1:5 NEWLINE 1:5-1:6"},
		// a BOM-less form feed line
		{"x=1\n\f\n", "NAME 1:0-1:1 = 1:1-1:2 NUMBER 1:2-1:3 NEWLINE 1:3-1:4"},
		// backslash at the start of an indented line
		{"if 1:\n  \\\nx\n", "if 1:0-1:2 NUMBER 1:3-1:4 : 1:4-1:5 NEWLINE 1:5-1:6 INDENT 3:0-3:0 NAME 3:0-3:1 NEWLINE 3:1-3:2 DEDENT 4:0-4:0"},
	}
	for _, tt := range tests {
		s := New([]byte(tt.src))
		got := dump(s)
		if got != tt.want {
			t.Errorf("%q:\n got  %s\n want %s", tt.src, got, tt.want)
		}
		if errs := s.Errors(); len(errs) > 0 && !strings.Contains(tt.want, "ILLEGAL") {
			t.Errorf("%q: unexpected errors %v", tt.src, errs)
		}
	}
}

func TestOffsets(t *testing.T) {
	src := []byte("if x:\n    y = 'é' + f'{z}'\n")
	s := New(src)
	var texts []string
	for {
		tk := s.Next()
		if tk.Kind == token.EOF {
			break
		}
		texts = append(texts, string(src[tk.Off:tk.EndOff]))
	}
	want := []string{"if", "x", ":", "\n", "    ", "y", "=", "'é'", "+", "f'{z}'", "\n", ""}
	if fmt.Sprint(texts) != fmt.Sprint(want) {
		t.Errorf("got %q, want %q", texts, want)
	}
}

func TestComments(t *testing.T) {
	s := New([]byte("# a\nx = 1  # b\n  # c\nf'''{x # not kept\n}'''\n#"))
	dump(s)
	got := fmt.Sprint(s.Comments())
	want := "[{1 0 # a} {2 7 # b} {3 2 # c} {6 0 #}]"
	if got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestFragment(t *testing.T) {
	s := NewFragment([]byte(" a +\n  b "), 3, 10)
	got := dump(s)
	want := "NAME 3:11-3:12 + 3:13-3:14 NAME 4:2-4:3 NEWLINE 4:4-4:5"
	if got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	s = NewFragment([]byte("a €"), 2, 5)
	dump(s)
	if errs := s.Errors(); len(errs) != 1 || errs[0].Line != 2 || errs[0].Col != 7 {
		t.Errorf("errors %v", errs)
	}
}

// errTest is a source and the first error CPython 3.11 reports for it:
// its class, line, 0-based byte column and message.
type errTest struct {
	src  string
	kind string
	line int32
	col  int32
	msg  string
}

var errTests = []errTest{
	// indentation
	{"if x:\n  a\n b\n", "IndentationError", 3, 2, "unindent does not match any outer indentation level"},
	{"if x:\n  a\n b + 1\n", "IndentationError", 3, 6, "unindent does not match any outer indentation level"},
	{"if x:\n  a\n\n b", "IndentationError", 4, 2, "unindent does not match any outer indentation level"},
	{"if 1:\n    x\n  \\\n    y\n", "IndentationError", 4, 5, "unindent does not match any outer indentation level"},
	{"if x:\n\ta\n        b\n", "TabError", 3, 0, "inconsistent use of tabs and spaces in indentation"},
	{"if x:\n        a\n\tb\n", "TabError", 3, 0, "inconsistent use of tabs and spaces in indentation"},
	{"if x:\n  \ta\n\t  b\n", "TabError", 3, 0, "inconsistent use of tabs and spaces in indentation"},
	{"if x:\n  a\n\tb\n", "TabError", 3, 0, "inconsistent use of tabs and spaces in indentation"},
	{"if x:\n\ta\n\tb\n        c\n", "TabError", 4, 0, "inconsistent use of tabs and spaces in indentation"},
	{strings.Repeat("if 1:\n", 1) + nestedIfs(100), "IndentationError", 101, 0, "too many levels of indentation"},
	// brackets
	{"x = (1,\n", "SyntaxError", 1, 4, "'(' was never closed"},
	{"x = ((((\n", "SyntaxError", 1, 7, "'(' was never closed"},
	{"x = [1,\n  {2: (3,\n", "SyntaxError", 2, 6, "'(' was never closed"},
	{"x = 1)\n", "SyntaxError", 1, 5, "unmatched ')'"},
	{"x = ]\n", "SyntaxError", 1, 4, "unmatched ']'"},
	{"(\n)\n}\n", "SyntaxError", 3, 0, "unmatched '}'"},
	{"x = (1]\n", "SyntaxError", 1, 6, "closing parenthesis ']' does not match opening parenthesis '('"},
	{"x = {1)\n", "SyntaxError", 1, 6, "closing parenthesis ')' does not match opening parenthesis '{'"},
	{"x = (\n1]\n", "SyntaxError", 2, 1, "closing parenthesis ']' does not match opening parenthesis '(' on line 1"},
	{strings.Repeat("(", 201) + strings.Repeat(")", 201) + "\n", "SyntaxError", 1, 200, "too many nested parentheses"},
	// continuation lines
	{"x = 1 \\ 2\n", "SyntaxError", 1, 7, "unexpected character after line continuation character"},
	{"x = 1 \\", "SyntaxError", 1, 7, "unexpected EOF while parsing"},
	{"x = 1 \\\n", "SyntaxError", 1, 7, "unexpected EOF while parsing"},
	{"x = 1\n\\", "SyntaxError", 2, 1, "unexpected EOF while parsing"},
	{"    \\\n", "SyntaxError", 1, 5, "unexpected EOF while parsing"},
	{"x = (1 \\\n", "SyntaxError", 1, 4, "'(' was never closed"},
	{"x = 1\nif x:\n  y = [\n", "SyntaxError", 3, 6, "'[' was never closed"},
	{"x = f'{a}' + '''\n", "SyntaxError", 1, 13, "unterminated triple-quoted string literal (detected at line 1)"},
	{"x = f'''{\na}''' + 'b\n", "SyntaxError", 2, 8, "unterminated string literal (detected at line 2)"},
	// strings
	{"\"abc\n", "SyntaxError", 1, 0, "unterminated string literal (detected at line 1)"},
	{"x = 'abc\ny'\n", "SyntaxError", 1, 4, "unterminated string literal (detected at line 1)"},
	{"x = 'abc\\\ny\n", "SyntaxError", 1, 4, "unterminated string literal (detected at line 2)"},
	{"x = r'abc\\'\n", "SyntaxError", 1, 4, "unterminated string literal (detected at line 1)"},
	{"x = f'abc{\n", "SyntaxError", 1, 4, "unterminated string literal (detected at line 1)"},
	{"x = '''a\nb\n", "SyntaxError", 1, 4, "unterminated triple-quoted string literal (detected at line 2)"},
	{"x = \"\"\"abc\n\n", "SyntaxError", 1, 4, "unterminated triple-quoted string literal (detected at line 2)"},
	{"x = (\n'''a\nb\n", "SyntaxError", 2, 0, "unterminated triple-quoted string literal (detected at line 3)"},
	{"x = rb'''a\nb", "SyntaxError", 1, 4, "unterminated triple-quoted string literal (detected at line 2)"},
	// characters
	{"x = €\n", "SyntaxError", 1, 4, "invalid character '€' (U+20AC)"},
	{"x = a€\n", "SyntaxError", 1, 5, "invalid character '€' (U+20AC)"},
	{"x = \u00a0\n", "SyntaxError", 1, 4, "invalid non-printable character U+00A0"},
	{"x = a\u00a0b\n", "SyntaxError", 1, 5, "invalid non-printable character U+00A0"},
	{"x = ·\n", "SyntaxError", 1, 4, "invalid character '·' (U+00B7)"},
	{"x = \u037a\n", "SyntaxError", 1, 4, "invalid character 'ͺ' (U+037A)"},
	{"x = 😀\n", "SyntaxError", 1, 4, "invalid character '😀' (U+1F600)"},
	{"x = \x01\n", "SyntaxError", 1, 4, "invalid non-printable character U+0001"},
	{"x = 1 \x0b\n", "SyntaxError", 1, 6, "invalid non-printable character U+000B"},
	{"\x7f\n", "SyntaxError", 1, 0, "invalid non-printable character U+007F"},
	{"x=1\n\ufeff", "SyntaxError", 2, 0, "invalid non-printable character U+FEFF"},
	{"x = 1 $ 2\n", "SyntaxError", 1, 6, "invalid syntax"},
	{"x = 1 ? 2\n", "SyntaxError", 1, 6, "invalid syntax"},
	{"x = 1 ` 2\n", "SyntaxError", 1, 6, "invalid syntax"},
	{"1 <> 2\n", "SyntaxError", 1, 2, "invalid syntax"},
	// numbers
	{"x = 1__0\n", "SyntaxError", 1, 5, "invalid decimal literal"},
	{"x = 1_\n", "SyntaxError", 1, 5, "invalid decimal literal"},
	{"x = 1abc\n", "SyntaxError", 1, 4, "invalid decimal literal"},
	{"x = 1andy\n", "SyntaxError", 1, 4, "invalid decimal literal"},
	{"x = 1and\u00e9\n", "SyntaxError", 1, 4, "invalid decimal literal"},
	{"x = 1e\n", "SyntaxError", 1, 4, "invalid decimal literal"},
	{"x = 1e+\n", "SyntaxError", 1, 6, "invalid decimal literal"},
	{"x = 1.5e\n", "SyntaxError", 1, 6, "invalid decimal literal"},
	{"x = 1e1__2\n", "SyntaxError", 1, 7, "invalid decimal literal"},
	{"x = 1_.5\n", "SyntaxError", 1, 5, "invalid decimal literal"},
	{"x = 1._\n", "SyntaxError", 1, 5, "invalid decimal literal"},
	{"x = 1.__class__\n", "SyntaxError", 1, 5, "invalid decimal literal"},
	{"x = 1_\u00e9\n", "SyntaxError", 1, 5, "invalid decimal literal"},
	{"x = 0e\n", "SyntaxError", 1, 4, "invalid decimal literal"},
	{"x = 0_x\n", "SyntaxError", 1, 5, "invalid decimal literal"},
	{"x = 0x\n", "SyntaxError", 1, 5, "invalid hexadecimal literal"},
	{"x = 0xg\n", "SyntaxError", 1, 5, "invalid hexadecimal literal"},
	{"x = 0x__1\n", "SyntaxError", 1, 6, "invalid hexadecimal literal"},
	{"x = 0xfz\n", "SyntaxError", 1, 6, "invalid hexadecimal literal"},
	{"x = 0x1and 2\n", "SyntaxError", 1, 7, "invalid hexadecimal literal"},
	{"x = 0o\n", "SyntaxError", 1, 5, "invalid octal literal"},
	{"x = 0o8\n", "SyntaxError", 1, 6, "invalid digit '8' in octal literal"},
	{"x = 0o18\n", "SyntaxError", 1, 7, "invalid digit '8' in octal literal"},
	{"x = 0o1__2\n", "SyntaxError", 1, 7, "invalid octal literal"},
	{"x = 0o7a\n", "SyntaxError", 1, 6, "invalid octal literal"},
	{"x = 0b\n", "SyntaxError", 1, 5, "invalid binary literal"},
	{"x = 0b2\n", "SyntaxError", 1, 6, "invalid digit '2' in binary literal"},
	{"x = 0b12\n", "SyntaxError", 1, 7, "invalid digit '2' in binary literal"},
	{"x = 0b1_\n", "SyntaxError", 1, 7, "invalid binary literal"},
	{"x = 0b1a\n", "SyntaxError", 1, 6, "invalid binary literal"},
	{"x = 012\n", "SyntaxError", 1, 4, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
	{"x = 0_7\n", "SyntaxError", 1, 4, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
	{"x = 00123\n", "SyntaxError", 1, 4, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
	{"x = 0jx\n", "SyntaxError", 1, 5, "invalid imaginary literal"},
	{"x = 1.5j_\n", "SyntaxError", 1, 7, "invalid imaginary literal"},
	// decoding
	{"a\x00b", "SyntaxError", 0, 0, "source code string cannot contain null bytes"},
	{"# coding: uft-8\nx=1\n", "SyntaxError", 0, 0, "unknown encoding: uft-8"},
	{"\xef\xbb\xbf# coding: latin-1\nx=1\n", "SyntaxError", 0, 0, "encoding problem: iso-8859-1 with BOM"},
	{"\xef\xbb\xbf# coding: utf8\n", "SyntaxError", 0, 0, "encoding problem: utf8 with BOM"},
	{"# coding: hex\n", "SyntaxError", 0, 0, "'hex' is not a text encoding; use codecs.decode() to handle arbitrary codecs"},
	{"# coding: cp1252\nx=\"\x81\"\n", "SyntaxError", 0, 0, "'charmap' codec can't decode byte 0x81 in position 20: character maps to <undefined>"},
	{"# coding: ascii\nx=\"\x81\"\n", "SyntaxError", 0, 0, "'ascii' codec can't decode byte 0x81 in position 19: ordinal not in range(128)"},
	{"# coding: utf8\nx=\"\xff\"\n", "SyntaxError", 0, 0, "'utf-8' codec can't decode byte 0xff in position 18: invalid start byte"},
	{"x=\"\xf6\"\n", "SyntaxError", 1, 5, "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte"},
	{"x=1\nx=\"a\xc3\"\n", "SyntaxError", 2, 6, "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 1: unexpected end of data"},
	{"x=1\nx=\"a\xc3(\"\n", "SyntaxError", 2, 7, "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 1: invalid continuation byte"},
	{"x=1\nx=\"a\xe2\x82\"\n", "SyntaxError", 2, 7, "(unicode error) 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"},
	{"x = \"a\xe2\x82\xe2\x82\"\n", "SyntaxError", 1, 11, "(unicode error) 'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte"},
	{"x = \"a\xed\xa0\x80\"\n", "SyntaxError", 1, 10, "(unicode error) 'utf-8' codec can't decode byte 0xed in position 1: invalid continuation byte"},
	{"x = \"a\xf4\x90\x80\x80\"\n", "SyntaxError", 1, 11, "(unicode error) 'utf-8' codec can't decode byte 0xf4 in position 1: invalid continuation byte"},
	{"x = \"\xc3\xa9\xff\" \"\xff\"\n", "SyntaxError", 1, 13, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"},
	{"x = (\"a\xff\"\n\"b\")\n", "SyntaxError", 2, 3, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"},
	{"x = \"\\\\n a\xffb\"\n", "SyntaxError", 1, 13, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
	{"x = r\"a\xffb\"\n", "SyntaxError", 1, 10, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"},
	{"x = \"\"\"a\n\xffb\"\"\"\n", "SyntaxError", 2, 5, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"},
	{"x = f\"a\xff{x}\"\n", "SyntaxError", 1, 12, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
	{"x = rf\"a{{\xff\"\n", "SyntaxError", 1, 12, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
	{"x = \xff\n", "SyntaxError", 1, 4, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
	{"a\xffb = 1\n", "SyntaxError", 1, 2, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"},
	{"x = \xc3\xa9\xff\n", "SyntaxError", 1, 6, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"},
	{"x = a\xe2\x82\n", "SyntaxError", 1, 6, "(unicode error) 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"},
}

func nestedIfs(n int) string {
	var b strings.Builder
	for i := 1; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "if 1:\n")
	}
	b.WriteString(strings.Repeat(" ", n) + "x\n")
	return b.String()
}

// firstError returns the first error that CPython would report: a decoding
// error, else the first error found by the scanner.
func firstError(src []byte) *Error {
	text, derr := Decode(src)
	s := New(text)
	for i := 0; i < 1_000_000 && s.Next().Kind != token.EOF; i++ {
	}
	if derr != nil {
		return derr
	}
	if errs := s.Errors(); len(errs) > 0 {
		return &errs[0]
	}
	return nil
}

func TestErrors(t *testing.T) {
	for _, tt := range errTests {
		e := firstError([]byte(tt.src))
		want := Error{Line: tt.line, Col: tt.col, Kind: tt.kind, Msg: tt.msg}
		if e == nil {
			t.Errorf("%q: no error, want %v", tt.src, want.Error())
			continue
		}
		if *e != want {
			t.Errorf("%q:\n got  %s\n want %s", tt.src, e.Error(), want.Error())
		}
	}
}

// TestErrorsAgainstCPython checks the expectations of errTests against
// python3's ast.parse (class, message, line, and offset converted to a
// 0-based column).
func TestErrorsAgainstCPython(t *testing.T) {
	py := python3(t)
	srcs := make([]string, len(errTests))
	for i, tt := range errTests {
		r := make([]rune, len(tt.src))
		for j := 0; j < len(tt.src); j++ {
			r[j] = rune(tt.src[j])
		}
		srcs[i] = string(r)
	}
	// pass the sources as latin-1 code points to keep their raw bytes
	in, _ := json.Marshal(srcs)
	script := `
import sys, json, ast, warnings
warnings.simplefilter('ignore')
out = []
for s in json.loads(sys.stdin.read()):
    b = s.encode('latin-1')
    try:
        ast.parse(b)
        out.append(None)
    except SyntaxError as e:
        out.append([type(e).__name__, e.lineno or 0, e.offset, e.msg])
print(json.dumps(out))
`
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var res [][]any
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	for i, tt := range errTests {
		r := res[i]
		if r == nil {
			t.Errorf("%q: CPython accepts it", tt.src)
			continue
		}
		kind, line, msg := r[0].(string), int32(r[1].(float64)), r[3].(string)
		col := int32(0)
		if r[2] != nil && line > 0 {
			col = int32(r[2].(float64)) - 1
			// CPython counts characters when the source decodes
			if ln := strings.Split(tt.src, "\n")[line-1]; isUTF8(ln) && int(col) <= len([]rune(ln)) {
				col = int32(len(string([]rune(ln)[:col])))
			}
		}
		if kind != tt.kind || line != tt.line || col != tt.col || msg != tt.msg {
			t.Errorf("%q: table says %s %d:%d %q, CPython says %s %d:%d %q", tt.src, tt.kind, tt.line, tt.col, tt.msg, kind, line, col, msg)
		}
	}
}

func isUTF8(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }
