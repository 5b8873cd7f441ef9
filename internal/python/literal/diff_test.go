package literal

// Differential tests against CPython 3.11. Each test writes its vectors as
// JSON to the stdin of ONE python3 process, which prints its answers as JSON.
// Without a Python 3.11 the tests are skipped, except when CI=true, where
// that is a failure.
//
// Note on Unicode versions: Go's unicode package and runenames are at Unicode
// 15 (or later), Python 3.11 at Unicode 14. This package does not use Go's
// tables for anything version dependent (printability, assigned code points
// and names come from tables.go, generated from Python 3.11 itself), so the
// vectors deliberately include code points that are new in Unicode 15
// (U+1F6DC, CJK Extension H at U+31350.., ...): they must be non-printable
// and nameless here as they are in Python 3.11. Were these tables dropped
// for Go's, those code points would have to be excluded from the vectors.

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	mrand "math/rand"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/runenames"
)

// pyPrelude reads the vectors, calls main and writes its result together
// with the interpreter version.
const pyPrelude = `
import sys, json, ast, warnings, struct, codecs
warnings.simplefilter("ignore")
def _run():
    data = json.load(sys.stdin)
    res = main(data) if sys.version_info[:2] == (3, 11) else None
    out = json.dumps({"version": list(sys.version_info[:2]), "result": res}, ensure_ascii=False)
    sys.stdout.buffer.write(out.encode("utf-8", "surrogatepass"))
`

// runPython runs script (which defines main(data)) in one python3 process
// with in as JSON on stdin, and decodes main's result into out.
func runPython(t *testing.T, script string, in, out any) {
	t.Helper()
	py := ""
	for _, name := range []string{"python3.11", "python3"} {
		if p, err := exec.LookPath(name); err == nil {
			py = p
			break
		}
	}
	if py == "" {
		skipOrFail(t, "python3 not found")
		return
	}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "-c", pyPrelude+script+"\n_run()\n")
	cmd.Stdin = bytes.NewReader(data)
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8", "PYTHONUTF8=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	o, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	var res struct {
		Version []int
		Result  json.RawMessage
	}
	if err := json.Unmarshal(o, &res); err != nil {
		t.Fatalf("python3 output: %v", err)
	}
	if len(res.Version) != 2 || res.Version[0] != 3 || res.Version[1] != 11 {
		skipOrFail(t, fmt.Sprintf("%s is Python %v, not 3.11", py, res.Version))
		return
	}
	if err := json.Unmarshal(res.Result, out); err != nil {
		t.Fatalf("python3 result: %v", err)
	}
}

func skipOrFail(t *testing.T, msg string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// fromRunes builds a package string (surrogates in 3-byte form).
func fromRunes(rs []rune) string {
	b := make([]byte, 0, len(rs)*3)
	for _, r := range rs {
		b = appendGeneralized(b, r)
	}
	return string(b)
}

// toRunes splits a package string into code points; invalid bytes give -1.
func toRunes(s string) []rune {
	var rs []rune
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			rs = append(rs, rune(s[i]))
			i++
			continue
		}
		r, n := decodeGeneralized(s[i:])
		rs = append(rs, r)
		i += n
	}
	return rs
}

func equalRunes(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Code points of interest for random text.
var runeClasses = [][2]rune{
	{0x20, 0x7E},       // printable ASCII
	{0x00, 0x1F},       // C0 controls
	{0x7F, 0xA0},       // DEL, C1 controls, NBSP
	{0xA1, 0xFF},       // Latin-1
	{0x300, 0x36F},     // combining marks
	{0x2000, 0x206F},   // spaces, format characters, separators
	{0xD800, 0xDFFF},   // surrogates
	{0xE000, 0xF8FF},   // private use
	{0xFDD0, 0xFDEF},   // noncharacters
	{0xFE00, 0xFEFF},   // variation selectors, BOM
	{0xFFF0, 0xFFFF},   // specials
	{0x1F300, 0x1FAFF}, // emoji
	{0x1F6DC, 0x1F6DC}, // new in Unicode 15
	{0x31350, 0x323AF}, // CJK Extension H, new in Unicode 15
	{0xE0000, 0xE01EF}, // tags, variation selectors supplement
	{0x0, 0x10FFFF},    // anything
	{'\'', '\''},
	{'"', '"'},
	{'\\', '\\'},
}

func randRune(rng *rand.Rand) rune {
	c := runeClasses[rng.IntN(len(runeClasses))]
	return c[0] + rune(rng.IntN(int(c[1]-c[0]+1)))
}

func TestDiffReprStr(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	type vec struct {
		K      string // kind: "sweep", "runes" or "bytes"
		Lo, Hi int    `json:",omitempty"` // sweep: the code points [Lo, Hi)
		R      []rune `json:",omitempty"` // runes: these code points
		B      string `json:",omitempty"` // bytes: these (hex), surrogateescape
	}
	var vecs []vec
	var inputs []string
	// Every code point, in chunks.
	for lo := 0; lo < 0x110000; lo += 4096 {
		vecs = append(vecs, vec{K: "sweep", Lo: lo, Hi: lo + 4096})
		rs := make([]rune, 0, 4096)
		for r := lo; r < lo+4096; r++ {
			rs = append(rs, rune(r))
		}
		inputs = append(inputs, fromRunes(rs))
	}
	fixed := []string{"", "a", "'", "\"", "'\"", "it's", `say "hi"`, `\`, "\x00\x7f\u0080\u00ff", "é", "e\u0301", "👍🏽", "\u2028\u2029\u00a0\u3000 ", "\ufeff\u200b\u200d", "a'b\"c'd"}
	for _, s := range fixed {
		vecs = append(vecs, vec{K: "runes", R: toRunes(s)})
		inputs = append(inputs, s)
	}
	for i := 0; i < 4000; i++ {
		rs := make([]rune, rng.IntN(40))
		for j := range rs {
			rs[j] = randRune(rng)
		}
		vecs = append(vecs, vec{K: "runes", R: rs})
		inputs = append(inputs, fromRunes(rs))
	}
	// Bytes that are not all UTF-8: Python decodes them with surrogateescape.
	// A 3-byte surrogate encoding is excluded: this package reads it as the
	// surrogate, surrogateescape as three bytes.
	for i := 0; i < 2000; i++ {
		b := make([]byte, rng.IntN(20))
		for j := range b {
			switch rng.IntN(3) {
			case 0:
				b[j] = byte(rng.IntN(256))
			case 1:
				b[j] = byte(0x80 + rng.IntN(0x40))
			default:
				b[j] = byte(0xC0 + rng.IntN(0x40))
			}
		}
		for j := 0; j+1 < len(b); j++ {
			if b[j] == 0xED && b[j+1] >= 0xA0 && b[j+1] <= 0xBF {
				b[j+1] = 0x80
			}
		}
		vecs = append(vecs, vec{K: "bytes", B: hex.EncodeToString(b)})
		inputs = append(inputs, string(b))
	}
	var got []string
	runPython(t, `
def main(data):
    out = []
    for v in data:
        if v["K"] == "bytes":
            s = bytes.fromhex(v.get("B", "")).decode("utf-8", "surrogateescape")
        elif v["K"] == "runes":
            s = "".join(map(chr, v.get("R", [])))
        else:
            s = "".join(map(chr, range(v.get("Lo", 0), v["Hi"])))
        out.append(repr(s))
    return out
`, vecs, &got)
	if len(got) != len(vecs) {
		t.Fatalf("python3 gave %d answers for %d vectors", len(got), len(vecs))
	}
	bad := 0
	for i, s := range inputs {
		if r := ReprStr(s); r != got[i] {
			bad++
			if bad <= 10 {
				t.Errorf("ReprStr(%+q):\n got %s\nwant %s", s, trim(r), trim(got[i]))
			}
		}
	}
}

func trim(s string) string {
	if len(s) > 300 {
		return s[:300] + "..."
	}
	return s
}

func TestDiffReprBytes(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(3, 4))
	var in [][]byte
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
		in = append(in, []byte{byte(i)})
	}
	in = append(in, all, []byte{}, []byte(`'"`), []byte(`it's`), []byte(`"`), []byte(`\'`))
	for i := 0; i < 3000; i++ {
		b := make([]byte, rng.IntN(30))
		for j := range b {
			if rng.IntN(4) == 0 {
				b[j] = "'\"\\\t\n\r"[rng.IntN(6)]
			} else {
				b[j] = byte(rng.IntN(256))
			}
		}
		in = append(in, b)
	}
	hexes := make([]string, len(in))
	for i, b := range in {
		hexes[i] = hex.EncodeToString(b)
	}
	var got []string
	runPython(t, `
def main(data):
    return [repr(bytes.fromhex(h)) for h in data]
`, hexes, &got)
	if len(got) != len(in) {
		t.Fatalf("python3 gave %d answers for %d vectors", len(got), len(in))
	}
	for i, b := range in {
		if r := ReprBytes(b); r != got[i] {
			t.Errorf("ReprBytes(%q) = %s, want %s", b, r, got[i])
		}
	}
}

// interestingFloats returns adversarial float64 values.
func interestingFloats(rng *rand.Rand) []float64 {
	fs := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
		math.MaxFloat64, math.SmallestNonzeroFloat64, 0x1p-1022, 0x1p-1022 - 0x1p-1074,
		0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e22, 1e23, 9007199254740992, 9007199254740993,
		123456789012345678, 1e15, 1e16, 9999999999999998, 9999999999999999, 1e-4, 1e-5,
		0.00011, 0.000099999, 5e-324, 1.7976931348623157e308, 4.9406564584124654e-324,
		2.2250738585072014e-308, 1.5, 100, 1e100, 1e-100, 12345.6789}
	for e := -330; e <= 310; e++ {
		f, _ := strconv.ParseFloat("1e"+strconv.Itoa(e), 64)
		fs = append(fs, f, math.Nextafter(f, math.Inf(1)), math.Nextafter(f, math.Inf(-1)), 9.5*f, 1.25*f)
	}
	for e := -1075; e <= 1024; e += 1 {
		f := math.Ldexp(1, e)
		fs = append(fs, f, math.Nextafter(f, 0))
	}
	for i := 0; i < 5000; i++ {
		fs = append(fs, math.Float64frombits(rng.Uint64()))
	}
	for i := 0; i < 1000; i++ {
		fs = append(fs, math.Float64frombits(rng.Uint64N(1<<52))) // subnormals
	}
	for i := 0; i < 2000; i++ { // short decimals
		d := float64(rng.IntN(1000000)) * math.Pow(10, float64(rng.IntN(40)-25))
		fs = append(fs, d, -d)
	}
	return fs
}

func TestDiffReprFloat(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(5, 6))
	fs := interestingFloats(rng)
	bits := make([]uint64, len(fs))
	for i, f := range fs {
		bits[i] = math.Float64bits(f)
	}
	var got [][2]string
	runPython(t, `
def main(data):
    out = []
    for b in data:
        f = struct.unpack("<d", b.to_bytes(8, "little"))[0]
        out.append([repr(f), repr(complex(0.0, f))])
    return out
`, bits, &got)
	if len(got) != len(fs) {
		t.Fatalf("python3 gave %d answers for %d vectors", len(got), len(fs))
	}
	bad := 0
	for i, f := range fs {
		if r := ReprFloat(f); r != got[i][0] {
			bad++
			t.Errorf("ReprFloat(%b) = %s, want %s", f, r, got[i][0])
		}
		if r := ReprImag(f); r != got[i][1] {
			bad++
			t.Errorf("ReprImag(%b) = %s, want %s", f, r, got[i][1])
		}
		if bad > 20 {
			t.FailNow()
		}
	}
}

// pythonizeFloat rewrites a Go float text into another spelling of the same
// Python float literal: underscores, leading/trailing dot forms, exponent
// spellings.
func pythonizeFloat(rng *rand.Rand, s string) string {
	mant, exp, hasExp := strings.Cut(s, "e")
	if rng.IntN(3) == 0 && strings.HasPrefix(mant, "0.") {
		mant = mant[1:] // .5
	}
	if rng.IntN(3) == 0 && strings.HasSuffix(mant, ".0") {
		mant = mant[:len(mant)-1] // 1.
	}
	if !strings.Contains(mant, ".") && !hasExp {
		mant += "."
	}
	if rng.IntN(8) == 0 && !strings.HasPrefix(mant, ".") {
		mant = "00" + mant
	}
	mant = addUnderscores(rng, mant)
	if hasExp {
		e := "e"
		if rng.IntN(2) == 0 {
			e = "E"
		}
		sign := ""
		if exp[0] == '+' || exp[0] == '-' {
			sign, exp = exp[:1], exp[1:]
		}
		if sign == "+" && rng.IntN(2) == 0 {
			sign = ""
		}
		if rng.IntN(6) == 0 {
			exp = "000" + exp
		}
		return mant + e + sign + addUnderscores(rng, exp)
	}
	return mant
}

// addUnderscores puts underscores between some adjacent digits.
func addUnderscores(rng *rand.Rand, s string) string {
	if rng.IntN(3) != 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i > 0 && isDigit(s[i-1], 16) && isDigit(s[i], 16) && rng.IntN(4) == 0 {
			b.WriteByte('_')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func TestDiffParseFloat(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(7, 8))
	toks := []string{"1.", ".5", "1e10", "1_000.000_1e-1_0", "0.", "0e0", "00.0", "1e400", "1e-400",
		"1e308", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
		"2.4703282292062327e-324", "2.4703282292062328e-324", "4.9406564584124654e-324",
		"1e99999999999999999999", "0e99999999999999999999", "1e-99999999999999999999",
		"0.1", "9007199254740993.0", "9007199254740993.00000000000000000000001",
		"7.2057594037927933e16", "1" + strings.Repeat("0", 400) + ".e-400", "." + strings.Repeat("0", 400) + "1e400",
		"123", "1_2_3", "0_0", "1_0e1_0"}
	fs := interestingFloats(rng)
	for i, f := range fs {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		f = math.Abs(f)
		var s string
		switch i % 4 {
		case 0:
			s = strconv.FormatFloat(f, 'e', -1, 64)
		case 1:
			s = strconv.FormatFloat(f, 'e', rng.IntN(25), 64)
		case 2:
			if f < 1e30 && f > 1e-30 {
				s = strconv.FormatFloat(f, 'f', -1, 64)
			} else {
				s = strconv.FormatFloat(f, 'g', 17, 64)
			}
		default:
			s = strconv.FormatFloat(f, 'g', rng.IntN(20)+1, 64)
		}
		toks = append(toks, pythonizeFloat(rng, s))
	}
	// Exact midpoints between adjacent floats, and a hair on either side.
	for i := 0; i < 1500; i++ {
		var f float64
		if i%3 == 0 {
			f = math.Float64frombits(rng.Uint64N(1 << 52)) // subnormal
		} else {
			f = math.Abs(math.Float64frombits(rng.Uint64()))
		}
		if math.IsNaN(f) || math.IsInf(f, 0) || f == math.MaxFloat64 {
			continue
		}
		g := math.Nextafter(f, math.Inf(1))
		mid := new(big.Float).SetPrec(2000).SetFloat64(f)
		mid.Add(mid, new(big.Float).SetPrec(2000).SetFloat64(g))
		mid.Quo(mid, big.NewFloat(2))
		txt := mid.Text('e', 1200)
		m, e, _ := strings.Cut(txt, "e")
		m = strings.TrimRight(m, "0")
		toks = append(toks, pythonizeFloat(rng, m+"e"+e))
		if strings.Contains(m, ".") {
			toks = append(toks, m+"000001e"+e)
		}
	}
	var got [][2]uint64
	runPython(t, `
def main(data):
    out = []
    for tok in data:
        f = ast.parse(tok, mode="eval").body.value
        if isinstance(f, int):  # a digit part such as 007 is no float literal
            f = float(tok)
        c = ast.parse(tok + "j", mode="eval").body.value
        out.append([int.from_bytes(struct.pack("<d", f), "little"),
                    int.from_bytes(struct.pack("<d", c.imag), "little")])
    return out
`, toks, &got)
	if len(got) != len(toks) {
		t.Fatalf("python3 gave %d answers for %d vectors", len(got), len(toks))
	}
	bad := 0
	for i, tok := range toks {
		f, err := ParseFloat(tok)
		if err != nil || math.Float64bits(f) != got[i][0] {
			bad++
			t.Errorf("ParseFloat(%q) = %v, %v; want %v", tok, f, err, math.Float64frombits(got[i][0]))
		}
		for _, j := range []string{"j", "J"} {
			f, err = ParseImag(tok + j)
			if err != nil || math.Float64bits(f) != got[i][1] {
				bad++
				t.Errorf("ParseImag(%q) = %v, %v; want %v", tok+j, f, err, math.Float64frombits(got[i][1]))
			}
		}
		if bad > 20 {
			t.FailNow()
		}
	}
}

func TestDiffParseInt(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(9, 10))
	r1 := mrand.New(mrand.NewSource(9)) // big.Int.Rand wants math/rand
	toks := []string{"0", "00", "0_0", "0" + strings.Repeat("_0", 3000), "1", "9223372036854775807",
		"9223372036854775808", "18446744073709551615", "18446744073709551616",
		"0x7fffffffffffffff", "0x8000000000000000", "0XFFFF_FFFF_FFFF_FFFF", "0x1_0000_0000_0000_0000",
		"0o777", "0O1_7", "0b1", "0B_1010", "0x_dead_BEEF", "0o_0", "0b0_0",
		strings.Repeat("9", 4300), strings.Repeat("9", 4301), strings.Repeat("1_", 4300) + "1",
		strings.Repeat("1_", 4299) + "1", "1" + strings.Repeat("0", 5000),
		"0x" + strings.Repeat("f", 5000), "0b" + strings.Repeat("1", 70), "0o" + strings.Repeat("7", 30)}
	for i := 0; i < 3000; i++ {
		var v big.Int
		n := rng.IntN(80) + 1
		if i%50 == 0 {
			n = rng.IntN(1200) + 1
		}
		v.Rand(r1, new(big.Int).Lsh(big.NewInt(1), uint(n)))
		base := []int{10, 10, 16, 8, 2}[rng.IntN(5)]
		s := v.Text(base)
		if base == 16 && rng.IntN(2) == 0 {
			s = strings.ToUpper(s)
		}
		s = addUnderscores(rng, s)
		prefix := map[int][]string{10: {""}, 16: {"0x", "0X"}, 8: {"0o", "0O"}, 2: {"0b", "0B"}}[base]
		p := prefix[rng.IntN(len(prefix))]
		if p != "" && rng.IntN(5) == 0 {
			p += "_"
		}
		toks = append(toks, p+s)
	}
	var got []string
	runPython(t, `
def main(data):
    out = []
    for tok in data:
        try:
            out.append(hex(ast.parse(tok, mode="eval").body.value))
        except SyntaxError as e:
            out.append("error: " + e.msg)
    return out
`, toks, &got)
	if len(got) != len(toks) {
		t.Fatalf("python3 gave %d answers for %d vectors", len(got), len(toks))
	}
	for i, tok := range toks {
		small, bigv, err := ParseInt(tok)
		var res string
		switch {
		case err != nil:
			res = "error: " + err.Error()
		case bigv != nil:
			if bigv.IsInt64() {
				t.Errorf("ParseInt(%.40q): big value %v fits in int64", tok, bigv)
			}
			res = "0x" + bigv.Text(16)
		default:
			res = "0x" + strconv.FormatInt(small, 16)
		}
		if res != got[i] {
			t.Errorf("ParseInt(%.60q) = %.200s, want %.200s", tok, res, got[i])
		}
	}
}

// oddBackslashEnd reports whether body ends in an odd number of
// backslashes, so that it cannot be put between quotes.
func oddBackslashEnd(body string) bool {
	n := len(body) - len(strings.TrimRight(body, `\`))
	return n%2 == 1
}

// strPieces generates pieces of str literal bodies as they may appear
// between triple double quotes. errOK allows pieces that are decoding errors.
func strPiece(rng *rand.Rand, bytesMode bool, names []string) string {
	hexd := "0123456789abcdefABCDEF"
	hx := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = hexd[rng.IntN(len(hexd))]
		}
		return string(b)
	}
	switch k := rng.IntN(100); {
	case k < 25: // plain text
		b := make([]byte, rng.IntN(6)+1)
		for i := range b {
			b[i] = byte(0x20 + rng.IntN(0x5F))
			if b[i] == '"' || b[i] == '\\' {
				b[i] = 'q'
			}
		}
		return string(b)
	case k < 30: // raw controls, newline, tab
		c := byte(1 + rng.IntN(0x1F))
		if c == '\r' {
			c = '\n'
		}
		return string([]byte{c})
	case k < 37: // non-ASCII text
		r := randRune(rng)
		for r < 0x80 || (r >= 0xD800 && r <= 0xDFFF) {
			r = randRune(rng)
		}
		return string(r)
	case k < 50: // simple escapes
		return `\` + string("\\'\"abfnrtv\n"[rng.IntN(11)])
	case k < 57: // octal
		s := strconv.FormatInt(int64(rng.IntN(512)), 8)
		if rng.IntN(2) == 0 {
			s = s[:1+rng.IntN(len(s))]
		}
		if rng.IntN(4) == 0 {
			s += strconv.Itoa(rng.IntN(10))
		}
		return `\` + s
	case k < 63:
		return `\x` + hx(2)
	case k < 68:
		return `\u` + hx(4)
	case k < 70:
		return fmt.Sprintf(`\u%04x`, 0xD800+rng.IntN(0x800))
	case k < 74:
		return fmt.Sprintf(`\U%08x`, rng.IntN(0x110000))
	case k < 82:
		n := names[rng.IntN(len(names))]
		switch rng.IntN(3) {
		case 0:
			n = strings.ToLower(n)
		case 1:
			b := []byte(n)
			for i := range b {
				if rng.IntN(2) == 0 && b[i] >= 'A' && b[i] <= 'Z' {
					b[i] += 'a' - 'A'
				}
			}
			n = string(b)
		}
		return `\N{` + n + `}`
	case k < 88: // unknown escapes
		return `\` + string("cdegijklmopqswyzBCDEFGHIJKLMOPQRSTVWXYZ89 !#$%&()*+,-./:;<=>?@[]^_`{|}~"[rng.IntN(67)])
	case k < 91:
		if bytesMode {
			return `\é`
		}
		return `\` + string(randRune(rng)|0x80)
	default: // errors
		switch rng.IntN(12) {
		case 0:
			return `\x` + hx(rng.IntN(2)) + "g"
		case 1:
			return `\u` + hx(rng.IntN(4)) + "z"
		case 2:
			return `\U` + hx(rng.IntN(8)) + "-"
		case 3:
			return fmt.Sprintf(`\U%08x`, 0x110000+rng.IntN(0x7FEEFFFF))
		case 4:
			return `\N{NO SUCH CHARACTER NAME}`
		case 5:
			return `\N{}`
		case 6:
			return `\Nx`
		case 7:
			return `\N{é}`
		case 8:
			return `\x` + hx(1) + "é"
		case 9:
			return `\N{cjk unified ideograph-4e00}`
		case 10:
			return `\N{HANGUL SYLLABLE gag}`
		default:
			return `\N{` + strings.ToLower(names[rng.IntN(len(names))])
		}
	}
}

// testNames returns sample character names: runenames names (some new in
// Unicode 15), aliases, Hangul syllables and CJK unified ideographs.
func testNames(rng *rand.Rand) []string {
	var names []string
	for i := 0; i < 2000; i++ {
		if n := runenames.Name(rune(rng.IntN(0x20000))); n != "" && n[0] != '<' {
			names = append(names, n)
		}
	}
	for _, a := range nameAliases311 {
		names = append(names, a.name)
	}
	for i := 0; i < 200; i++ {
		names = append(names, hangulName(0xAC00+rune(rng.IntN(11172))))
	}
	for _, rg := range cjkUnified311 {
		for _, r := range []rune{rg[0] - 1, rg[0], rg[1], rg[1] + 1} {
			names = append(names, fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%X", r), fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%05X", r))
		}
	}
	names = append(names, "NULL", "LINE FEED", "BYTE ORDER MARK", "HANGUL SYLLABLE A", "HANGUL SYLLABLE ",
		"LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "TANGUT IDEOGRAPH-17000", "<control>",
		"KHITAN SMALL SCRIPT CHARACTER-18B00", "CJK COMPATIBILITY IDEOGRAPH-F900", "SPACE ", " SPACE", "SPACE\tBAR")
	return names
}

// hangulName is the Unicode name of the Hangul syllable r.
func hangulName(r rune) string {
	s := int(r - 0xAC00)
	return "HANGUL SYLLABLE " + hangulL[s/(21*28)] + hangulV[s%(21*28)/28] + hangulT[s%28]
}

func TestDiffDecodeStr(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(11, 12))
	names := testNames(rng)
	bodies := []string{"", `\`, `a\`, `\\`, `\x41\u00e9\U0001F600`, `\777`, `\400`, `\0`, `\08`, `\N{LINE FEED}`,
		`\N`, `\N{`, `\N{abc`, `\x`, `\x4`, `\u12`, `\U1234`, `\U00110000`, `\UFFFFFFFF`, "é\\x", "\\é\\x",
		`\N{\x}`, `\N{\}`, "\\\n", `\d`, `\ud800\udc00`, `\ud83d\ude00`, "é\\N{FOO}", "\\é"}
	for i := 0; i < 6000; i++ {
		var b strings.Builder
		n := rng.IntN(8) + 1
		for j := 0; j < n; j++ {
			b.WriteString(strPiece(rng, false, names))
		}
		bodies = append(bodies, b.String())
	}
	// Every name on its own.
	for _, n := range names {
		bodies = append(bodies, `\N{`+n+`}`)
	}
	type answer struct {
		R   []rune
		Err string
	}
	var got []answer
	runPython(t, `
def main(data):
    out = []
    for body in data:
        try:
            v = ast.parse('"""' + body + '"""', mode="eval").body.value
            out.append({"R": list(map(ord, v))})
        except SyntaxError as e:
            out.append({"Err": e.msg})
    return out
`, bodies, &got)
	if len(got) != len(bodies) {
		t.Fatalf("python3 gave %d answers for %d vectors", len(got), len(bodies))
	}
	bad, nerr := 0, 0
	for i, body := range bodies {
		if oddBackslashEnd(body) {
			continue // not a valid body in """ quotes
		}
		s, err := DecodeStr(body, false)
		if err != nil {
			nerr++
		}
		errs := ""
		if err != nil {
			errs = err.Error()
		}
		if errs != got[i].Err || (err == nil && !equalRunes(toRunes(s), got[i].R)) {
			bad++
			t.Errorf("DecodeStr(%+q) = %+q, %q\nwant %+q, %q", body, s, errs, fromRunes(got[i].R), got[i].Err)
		}
		if bad > 20 {
			t.FailNow()
		}
		if raw, _ := DecodeStr(body, true); raw != body {
			t.Errorf("DecodeStr(%q, true) = %q", body, raw)
		}
	}
	t.Logf("%d bodies, %d decoding errors", len(bodies), nerr)
	if nerr < 200 || len(bodies)-nerr < 2000 {
		t.Errorf("vectors cover too few errors (%d) or successes", nerr)
	}
}

func TestDiffDecodeBytes(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(13, 14))
	names := []string{"LATIN SMALL LETTER A"}
	bodies := []string{"", `\\`, `\x`, `\x4`, `ab\x4g`, `\777`, `\400`, `\N{LATIN SMALL LETTER A}\u1234\U00012345`, "é", "\\\n", `\0`, `\08`}
	for i := 0; i < 4000; i++ {
		var b strings.Builder
		n := rng.IntN(8) + 1
		for j := 0; j < n; j++ {
			p := strPiece(rng, true, names)
			if rng.IntN(20) != 0 { // mostly ASCII only
				p = strings.Map(func(r rune) rune {
					if r >= 0x80 {
						return 'Z'
					}
					return r
				}, p)
			}
			b.WriteString(p)
		}
		bodies = append(bodies, b.String())
	}
	type answer struct {
		B   []int
		Err string
	}
	var got [][2]answer // [plain, raw]
	runPython(t, `
def main(data):
    out = []
    for body in data:
        pair = []
        for prefix in ("b", "rb"):
            try:
                v = ast.parse(prefix + '"""' + body + '"""', mode="eval").body.value
                pair.append({"B": list(v)})
            except SyntaxError as e:
                pair.append({"Err": e.msg})
        out.append(pair)
    return out
`, bodies, &got)
	if len(got) != len(bodies) {
		t.Fatalf("python3 gave %d answers for %d vectors", len(got), len(bodies))
	}
	bad := 0
	for i, body := range bodies {
		if oddBackslashEnd(body) {
			continue // not a valid body in """ quotes
		}
		for k, raw := range []bool{false, true} {
			b, err := DecodeBytes(body, raw)
			errs := ""
			if err != nil {
				errs = err.Error()
			}
			want := got[i][k]
			wb := make([]byte, len(want.B))
			for j, v := range want.B {
				wb[j] = byte(v)
			}
			if errs != want.Err || (err == nil && !bytes.Equal(b, wb)) {
				bad++
				t.Errorf("DecodeBytes(%q, %v) = %q, %q\nwant %q, %q", body, raw, b, errs, wb, want.Err)
			}
		}
		if bad > 20 {
			t.FailNow()
		}
	}
}

func TestDiffNames(t *testing.T) {
	t.Parallel()
	// Every name runenames knows, including those of Unicode 15 and later
	// characters, which Python 3.11 must reject and so must lookupName;
	// every Hangul syllable; the aliases and CJK boundaries.
	rng := rand.New(rand.NewPCG(15, 16))
	var names []string
	for r := rune(0); r <= 0x10FFFF; r++ {
		if n := runenames.Name(r); n != "" && n[0] != '<' {
			names = append(names, n)
			if r%5 == 0 {
				names = append(names, strings.ToLower(n))
			}
		}
	}
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		names = append(names, hangulName(r))
	}
	names = append(names, testNames(rng)...)
	var got []rune
	runPython(t, `
def main(data):
    out = []
    for n in data:
        try:
            out.append(ord(codecs.decode(b"\\N{" + n.encode("ascii") + b"}", "unicode_escape")))
        except UnicodeDecodeError:
            out.append(-1)
    return out
`, names, &got)
	if len(got) != len(names) {
		t.Fatalf("python3 gave %d answers for %d vectors", len(got), len(names))
	}
	bad := 0
	for i, n := range names {
		r, ok := lookupName(n)
		if !ok {
			r = -1
		}
		if r != got[i] {
			bad++
			t.Errorf("lookupName(%q) = %U, want %U", n, r, got[i])
		}
		if bad > 20 {
			t.FailNow()
		}
	}
}
