package literal

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestReprStr(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `''`},
		{"abc", `'abc'`},
		{" ", `' '`},
		{"it's", `"it's"`},
		{`say "hi"`, `'say "hi"'`},
		{`'"`, `'\'"'`},
		{`\`, `'\\'`},
		{"\t\n\r\x00\x1f\x7f", `'\t\n\r\x00\x1f\x7f'`},
		{"\u0080\u00a0\u00ad\u00e9", `'\x80\xa0\xadé'`},
		{"\u2028\u2029\u3000\u200b\ufeff", `'\u2028\u2029\u3000\u200b\ufeff'`},
		{"e\u0301", "'e\u0301'"},
		{"\U0001F600", "'\U0001F600'"},
		{"\U000E0001", `'\U000e0001'`},
		{"\U0001F6DC", `'\U0001f6dc'`}, // new in Unicode 15: unassigned for Python 3.11
		{"\U000F0000", `'\U000f0000'`},
		{"\xed\xa0\x80", `'\ud800'`},                   // lone surrogate, generalized UTF-8
		{"\xed\xa0\xbd\xed\xb8\x80", `'\ud83d\ude00'`}, // a pair stays two code points
		{"\xff", `'\udcff'`},                           // invalid UTF-8: surrogateescape
		{"a\xe2\x82", `'a\udce2\udc82'`},
		{"\xed\xa0", `'\udced\udca0'`},
		{"it's \"x\" \xed\xbf\xbf", `'it\'s "x" \udfff'`},
	}
	for _, tt := range tests {
		if got := ReprStr(tt.in); got != tt.want {
			t.Errorf("ReprStr(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestReprBytes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `b''`},
		{"abc", `b'abc'`},
		{"it's", `b"it's"`},
		{`'"`, `b'\'"'`},
		{`"`, `b'"'`},
		{"\\\t\n\r\x00\x1f\x7f\x80\xff", `b'\\\t\n\r\x00\x1f\x7f\x80\xff'`},
	}
	for _, tt := range tests {
		if got := ReprBytes([]byte(tt.in)); got != tt.want {
			t.Errorf("ReprBytes(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	if got := ReprBytes(nil); got != "b''" {
		t.Errorf("ReprBytes(nil) = %s", got)
	}
}

func TestReprFloat(t *testing.T) {
	tests := []struct {
		in         float64
		repr, imag string
	}{
		{0, "0.0", "0j"},
		{math.Copysign(0, -1), "-0.0", "-0j"},
		{1, "1.0", "1j"},
		{1.5, "1.5", "1.5j"},
		{-2.5, "-2.5", "-2.5j"},
		{0.1, "0.1", "0.1j"},
		{1e15, "1000000000000000.0", "1000000000000000j"},
		{1e16, "1e+16", "1e+16j"},
		{9999999999999998, "9999999999999998.0", "9999999999999998j"},
		{123456789012345678, "1.2345678901234568e+17", "1.2345678901234568e+17j"},
		{1e-4, "0.0001", "0.0001j"},
		{1.5e-4, "0.00015", "0.00015j"},
		{1e-5, "1e-05", "1e-05j"},
		{1.5e300, "1.5e+300", "1.5e+300j"},
		{5e-324, "5e-324", "5e-324j"},
		{math.MaxFloat64, "1.7976931348623157e+308", "1.7976931348623157e+308j"},
		{math.Inf(1), "inf", "infj"},
		{math.Inf(-1), "-inf", "-infj"},
		{math.NaN(), "nan", "nanj"},
		{-math.NaN(), "nan", "nanj"},
	}
	for _, tt := range tests {
		if got := ReprFloat(tt.in); got != tt.repr {
			t.Errorf("ReprFloat(%v) = %s, want %s", tt.in, got, tt.repr)
		}
		if got := ReprImag(tt.in); got != tt.imag {
			t.Errorf("ReprImag(%v) = %s, want %s", tt.in, got, tt.imag)
		}
	}
}

func TestParseInt(t *testing.T) {
	tests := []struct {
		in    string
		small int64
		big   string // decimal, when the value needs a big.Int
	}{
		{"0", 0, ""},
		{"00", 0, ""},
		{"0_0", 0, ""},
		{"7", 7, ""},
		{"1_000_000", 1000000, ""},
		{"0x_ff", 255, ""},
		{"0XdeadBEEF", 0xdeadbeef, ""},
		{"0o17", 15, ""},
		{"0O_7_7", 63, ""},
		{"0b1010", 10, ""},
		{"0B_1", 1, ""},
		{"9223372036854775807", math.MaxInt64, ""},
		{"9223372036854775808", 0, "9223372036854775808"},
		{"0x8000_0000_0000_0000", 0, "9223372036854775808"},
		{"18446744073709551616", 0, "18446744073709551616"},
		{"0b" + strings.Repeat("1", 100), 0, "1267650600228229401496703205375"},
	}
	for _, tt := range tests {
		small, big, err := ParseInt(tt.in)
		switch {
		case err != nil:
			t.Errorf("ParseInt(%q): %v", tt.in, err)
		case tt.big == "" && (big != nil || small != tt.small):
			t.Errorf("ParseInt(%q) = %d, %v; want %d", tt.in, small, big, tt.small)
		case tt.big != "" && (big == nil || small != 0 || big.String() != tt.big):
			t.Errorf("ParseInt(%q) = %d, %v; want big %s", tt.in, small, big, tt.big)
		}
	}
	for _, in := range []string{"", "_", "_1", "1_", "1__0", "01", "0_1", "0x", "0x_", "0x__1", "0b2", "0o8",
		"0xg", "12a", " 1", "1 ", "-1", "+1", "1.0", "1e5", "1j", "0b", "0o", "x1", "0x1_", "١٢"} {
		if s, b, err := ParseInt(in); err == nil {
			t.Errorf("ParseInt(%q) = %d, %v; want an error", in, s, b)
		}
	}
	_, _, err := ParseInt(strings.Repeat("1", 4301))
	want := "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
	if err == nil || err.Error() != want {
		t.Errorf("ParseInt(4301 digits): %v", err)
	}
	if _, b, err := ParseInt("0x" + strings.Repeat("f", 5000)); err != nil || b == nil {
		t.Errorf("ParseInt(5000 hex digits): %v", err)
	}
}

func TestParseFloat(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"1.", 1},
		{".5", 0.5},
		{"1e10", 1e10},
		{"1E+10", 1e10},
		{"1_000.000_1e-1_0", 1000.0001e-10},
		{"0.", 0},
		{"00.5", 0.5},
		{"007e1", 70},
		{"10", 10},
		{"1e400", math.Inf(1)},
		{"1e-400", 0},
		{"1e99999999999999999999999", math.Inf(1)},
		{"0e99999999999999999999999", 0},
		{"4.9406564584124654e-324", 5e-324},
		{"2.4703282292062327e-324", 0},
		{"2.4703282292062328e-324", 5e-324},
		{"1.7976931348623158e308", math.MaxFloat64},
		{"1.7976931348623159e308", math.Inf(1)},
		{"9007199254740993", 9007199254740992},
		{"9007199254740993.000000000000000000000000001", 9007199254740994},
	}
	for _, tt := range tests {
		got, err := ParseFloat(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseFloat(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"", ".", "e5", ".e5", "1e", "1e+", "1e_5", "1_", "_1", "1__0", "1._5", "1_.5",
		"1.5_", "inf", "nan", "Infinity", "0x1p3", "1.5.5", " 1", "1 ", "+1", "-1", "1j", "1e5.5", "1_e5"} {
		if f, err := ParseFloat(in); err == nil {
			t.Errorf("ParseFloat(%q) = %v; want an error", in, f)
		}
	}
	imag := []struct {
		in   string
		want float64
	}{{"1j", 1}, {"1.5J", 1.5}, {"1_0e3j", 1e4}, {"00j", 0}, {".5j", 0.5}, {"1e400j", math.Inf(1)}}
	for _, tt := range imag {
		got, err := ParseImag(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseImag(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"", "j", "1", "1jj", "_1j", "1_j", "infj", "1.5"} {
		if f, err := ParseImag(in); err == nil {
			t.Errorf("ParseImag(%q) = %v; want an error", in, f)
		}
	}
}

func TestDecodeStr(t *testing.T) {
	const pfx = "(unicode error) 'unicodeescape' codec can't decode bytes in position "
	tests := []struct{ in, want, err string }{
		{"", "", ""},
		{"plain é", "plain é", ""},
		{`a\\b\'\"`, `a\b'"`, ""},
		{`\a\b\f\n\r\t\v`, "\a\b\f\n\r\t\v", ""},
		{"x\\\ny", "xy", ""},
		{"\\\r", "\\\r", ""}, // CPython's tokenizer turns \r into \n first
		{`\0\00\000\0000\8`, "\x00\x00\x00\x000\\8", ""},
		{`\101\1011`, "AA1", ""},
		{`\400\777`, "\u0100\u01ff", ""},
		{`\x41\xe9\u20AC\U0001F600`, "Aé€\U0001F600", ""},
		{`\ud800\uDFFF`, "\xed\xa0\x80\xed\xbf\xbf", ""},
		{`\d\q\ `, `\d\q\ `, ""},
		{`\`, `\`, ""},
		{"\\é", "\\é", ""},
		{`\N{latin small letter a}\N{LINE FEED}\N{bom}`, "a\n\ufeff", ""},
		{`\N{HANGUL SYLLABLE GAGG}\N{HANGUL SYLLABLE A}`, "\uac02\uc544", ""},
		{`\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-2B738}`, "\u4e00\U0002B738", ""},
		{`\x`, "", pfx + `0-1: truncated \xXX escape`},
		{`\x4g`, "", pfx + `0-2: truncated \xXX escape`},
		{`ab\x4`, "", pfx + `2-4: truncated \xXX escape`},
		{`\u12`, "", pfx + `0-3: truncated \uXXXX escape`},
		{`\U1234`, "", pfx + `0-5: truncated \UXXXXXXXX escape`},
		{`\U00110000`, "", pfx + `0-9: illegal Unicode character`},
		{`\N`, "", pfx + `0-1: malformed \N character escape`},
		{`\Nx`, "", pfx + `0-1: malformed \N character escape`},
		{`\N{`, "", pfx + `0-2: malformed \N character escape`},
		{`\N{}`, "", pfx + `0-2: malformed \N character escape`},
		{`\N{abc`, "", pfx + `0-5: malformed \N character escape`},
		{`\N{FOO}`, "", pfx + `0-6: unknown Unicode character name`},
		{`\N{cjk unified ideograph-4E00}`, "", pfx + `0-29: unknown Unicode character name`},
		{`\N{CJK UNIFIED IDEOGRAPH-4e00}`, "", pfx + `0-29: unknown Unicode character name`},
		{`\N{hangul syllable ga}`, "", pfx + `0-21: unknown Unicode character name`},
		{`\N{TANGUT IDEOGRAPH-17000}`, "", pfx + `0-25: unknown Unicode character name`},
		{`\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}`, "", pfx + `0-47: unknown Unicode character name`},
		{"é\\x", "", pfx + `10-11: truncated \xXX escape`},
		{"\\é\\x", "", pfx + `16-17: truncated \xXX escape`},
		{"\\N{é}", "", pfx + `0-13: unknown Unicode character name`},
	}
	for _, tt := range tests {
		got, err := DecodeStr(tt.in, false)
		errs := ""
		if err != nil {
			errs = err.Error()
		}
		if got != tt.want || errs != tt.err {
			t.Errorf("DecodeStr(%q) = %q, %q\nwant %q, %q", tt.in, got, errs, tt.want, tt.err)
		}
		if raw, err := DecodeStr(tt.in, true); raw != tt.in || err != nil {
			t.Errorf("DecodeStr(%q, true) = %q, %v", tt.in, raw, err)
		}
	}
}

func TestDecodeBytes(t *testing.T) {
	tests := []struct {
		in   string
		raw  bool
		want string
		err  string
	}{
		{in: "", want: ""},
		{in: `a\\b\'\"\a\b\f\n\r\t\v`, want: "a\\b'\"\a\b\f\n\r\t\v"},
		{in: "x\\\ny", want: "xy"},
		{in: `\101\400\777\0`, want: "A\x00\xff\x00"},
		{in: `\x41\xfF`, want: "A\xff"},
		{in: `\N{LATIN SMALL LETTER A}\u1234\U00012345\d`, want: `\N{LATIN SMALL LETTER A}\u1234\U00012345\d`},
		{in: `\x`, err: `(value error) invalid \x escape at position 0`},
		{in: `ab\x4g`, err: `(value error) invalid \x escape at position 2`},
		{in: `\x4`, err: `(value error) invalid \x escape at position 0`},
		{in: `\`, err: `(value error) Trailing \ in string`},
		{in: "é", err: "bytes can only contain ASCII literal characters"},
		{in: "\\x41é", raw: true, err: "bytes can only contain ASCII literal characters"},
		{in: `\x41\`, raw: true, want: `\x41\`},
	}
	for _, tt := range tests {
		got, err := DecodeBytes(tt.in, tt.raw)
		errs := ""
		if err != nil {
			errs = err.Error()
		}
		if string(got) != tt.want || errs != tt.err {
			t.Errorf("DecodeBytes(%q, %v) = %q, %q\nwant %q, %q", tt.in, tt.raw, got, errs, tt.want, tt.err)
		}
	}
}

// TestNoPanic feeds random junk to every function.
func TestNoPanic(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 18))
	alphabet := []byte("\\xuUN{}0123456789abcdefABCDEFjJeE_.+-oObB '\"\n\x00\x80\xbf\xc3\xa9\xed\xa0\xf0\x9f\xff")
	for i := 0; i < 50000; i++ {
		b := make([]byte, rng.IntN(16))
		for j := range b {
			b[j] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(b)
		ReprStr(s)
		ReprBytes(b)
		ParseInt(s)
		ParseFloat(s)
		ParseImag(s)
		DecodeStr(s, false)
		DecodeBytes(s, false)
		lookupName(s)
		lookupName("HANGUL SYLLABLE " + s)
		lookupName("CJK UNIFIED IDEOGRAPH-" + s)
	}
}

func BenchmarkReprStr(b *testing.B) {
	cases := []struct{ name, s string }{
		{"ascii", "self.assertEqual(result, expected_value)"},
		{"escapes", "line one\n\tline 'two'\\ and \"three\"\x00"},
		{"unicode", "Grüße, 世界! \U0001F600 e\u0301 \u200b\u2028"},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.s)))
			for i := 0; i < b.N; i++ {
				ReprStr(c.s)
			}
		})
	}
}

func BenchmarkParseFloat(b *testing.B) {
	cases := []struct{ name, s string }{
		{"short", "1.5"},
		{"underscores", "1_000.000_1e-1_0"},
		{"long", "3.141592653589793238462643383279502884197"},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				ParseFloat(c.s)
			}
		})
	}
}

func BenchmarkDecodeStr(b *testing.B) {
	s := `hello\tworld\n\x41\u00e9\N{LATIN SMALL LETTER A} and more text`
	DecodeStr(s, false) // build the name index outside the timing
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		DecodeStr(s, false)
	}
}

func FuzzDecodeStr(f *testing.F) {
	for _, s := range []string{"", "abc", `\x41`, `\x4`, `\u12345`, `\U0001F600`, `\U00110000`, `\N{LINE FEED}`,
		`\N{`, `\N{}`, `\N{HANGUL SYLLABLE GAG}`, `\N{CJK UNIFIED IDEOGRAPH-4E00}`, `\777`, "\\é\\x", "\\\n", `\`,
		"\xed\xa0\x80\\x", "\xff\\N{x}"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, body string, raw bool) {
		s, err := DecodeStr(body, raw)
		if raw && (s != body || err != nil) {
			t.Fatalf("raw DecodeStr(%q) = %q, %v", body, s, err)
		}
		if !strings.Contains(body, `\`) && (s != body || err != nil) {
			t.Fatalf("DecodeStr(%q) = %q, %v without escapes", body, s, err)
		}
		if err == nil {
			if r := ReprStr(s); len(r) < 2 {
				t.Fatalf("ReprStr(%q) = %q", s, r)
			}
		} else if s != "" {
			t.Fatalf("DecodeStr(%q) = %q with error %v", body, s, err)
		}
		if b, err := DecodeBytes(body, raw); err == nil {
			ReprBytes(b)
		}
	})
}
