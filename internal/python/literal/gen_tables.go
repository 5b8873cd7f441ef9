//go:build ignore

// gen_tables writes tables.go: the Unicode data of CPython 3.11 (Unicode
// 14.0.0) that this package needs and that Go's own tables (Unicode 15 and
// later) cannot give exactly:
//
//   - the code points for which Python 3.11's str.isprintable() is true;
//   - the code points that are assigned (general category other than Cn);
//   - the formal name aliases of NameAliases.txt, which \N{...} accepts.
//
// It runs python3 (which must be 3.11) for the first two and perl (whose
// Unicode::UCD must be at Unicode 14.0.0, as perl 5.36 is) for the aliases,
// checks every alias with python3's unicodedata.lookup, and checks that the
// name resolution of this package (golang.org/x/text/unicode/runenames
// restricted to assigned code points, plus the algorithmic Hangul and CJK
// names) gives exactly the names Python 3.11 gives for every code point.
//
// Run with: go run gen_tables.go   (from this directory)
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"go/format"
	"log"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/runenames"
)

const pyScript = `
import sys, unicodedata
assert sys.version_info[:2] == (3, 11), sys.version
assert unicodedata.unidata_version == "14.0.0"
def ranges(pred):
    r = []; start = None
    for c in range(0x110000):
        p = pred(c)
        if p and start is None: start = c
        if not p and start is not None: r.append((start, c - 1)); start = None
    if start is not None: r.append((start, 0x10FFFF))
    return r
out = sys.stdout
for a, b in ranges(lambda c: chr(c).isprintable()):
    out.write("P %X %X\n" % (a, b))
for a, b in ranges(lambda c: unicodedata.category(chr(c)) != "Cn"):
    out.write("A %X %X\n" % (a, b))
for c in range(0x110000):
    n = unicodedata.name(chr(c), "")
    if n:
        out.write("N %X %s\n" % (c, n))
for line in sys.stdin:
    cp, alias = line.rstrip("\n").split(";")
    try:
        got = ord(unicodedata.lookup(alias))
    except KeyError:
        got = -1
    out.write("L %s %d %s\n" % (cp, got, alias))
`

const plScript = `
use Unicode::UCD qw(prop_invmap);
die "perl Unicode " . Unicode::UCD::UnicodeVersion() . ", want 14.0.0" if Unicode::UCD::UnicodeVersion() ne "14.0.0";
my ($list, $map, $format, $default) = prop_invmap("Name_Alias");
for my $i (0..$#$list) {
    my $m = $map->[$i];
    next if !ref($m) && $m eq $default;
    my $end = $i < $#$list ? $list->[$i+1] : 0x110000;
    for my $cp ($list->[$i] .. $end-1) {
        for my $x (ref($m) ? @$m : ($m)) {
            my ($name) = split(/: /, $x);
            printf("%04X;%s\n", $cp, $name);
        }
    }
}
`

func main() {
	aliases, err := exec.Command("perl", "-e", plScript).Output()
	if err != nil {
		log.Fatalf("perl: %v", err)
	}
	cmd := exec.Command("python3", "-c", pyScript)
	cmd.Stdin = bytes.NewReader(aliases)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		log.Fatalf("python3: %v", err)
	}
	var printable, assigned [][2]rune
	pyNames := map[rune]string{}
	type alias struct {
		name string
		cp   rune
	}
	var als []alias
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	hex := func(s string) rune {
		v, err := strconv.ParseUint(s, 16, 32)
		if err != nil {
			log.Fatal(err)
		}
		return rune(v)
	}
	for sc.Scan() {
		f := strings.SplitN(sc.Text(), " ", 4)
		switch f[0] {
		case "P":
			printable = append(printable, [2]rune{hex(f[1]), hex(f[2])})
		case "A":
			assigned = append(assigned, [2]rune{hex(f[1]), hex(f[2])})
		case "N":
			pyNames[hex(f[1])] = strings.SplitN(sc.Text(), " ", 3)[2]
		case "L":
			cp := hex(f[1])
			got, _ := strconv.Atoi(f[2])
			if rune(got) != cp {
				log.Fatalf("python3 lookup(%q) = %d, want %X", f[3], got, cp)
			}
			als = append(als, alias{f[3], cp})
		}
	}
	if len(printable) == 0 || len(assigned) == 0 || len(als) == 0 {
		log.Fatal("python3 output incomplete")
	}

	// Check the name resolution this package does against Python's.
	inRanges := func(t [][2]rune, r rune) bool {
		i := sort.Search(len(t), func(i int) bool { return t[i][1] >= r })
		return i < len(t) && t[i][0] <= r
	}
	// The code points Python names algorithmically as CJK UNIFIED
	// IDEOGRAPH-XXXX (its is_unified_ideograph), as ranges.
	var cjk [][2]rune
	for r := rune(0); r <= 0x10FFFF; r++ {
		if !strings.HasPrefix(pyNames[r], "CJK UNIFIED IDEOGRAPH-") {
			continue
		}
		if n := len(cjk); n > 0 && cjk[n-1][1] == r-1 {
			cjk[n-1][1] = r
		} else {
			cjk = append(cjk, [2]rune{r, r})
		}
	}
	bad := 0
	for r := rune(0); r <= 0x10FFFF; r++ {
		want := pyNames[r]
		got := ""
		if inRanges(assigned, r) {
			got = runenames.Name(r)
			if strings.HasPrefix(got, "<") {
				got = ""
			}
			switch {
			case r >= 0xAC00 && r <= 0xD7A3:
				got = "HANGUL SYLLABLE (algorithmic)"
			case inRanges(cjk, r):
				got = fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%X", r)
			}
			if strings.HasPrefix(want, "HANGUL SYLLABLE ") {
				want = "HANGUL SYLLABLE (algorithmic)"
			}
		}
		if got != want {
			bad++
			if bad < 20 {
				log.Printf("U+%04X: python %q, runenames %q", r, want, got)
			}
		}
	}
	if bad > 0 {
		log.Fatalf("%d name mismatches", bad)
	}

	var b bytes.Buffer
	b.WriteString("// Code generated by gen_tables.go from python3.11 (Unicode 14.0.0) and perl's Unicode::UCD; DO NOT EDIT.\n\n")
	b.WriteString("package literal\n\n")
	b.WriteString("// printable311 lists, as inclusive [lo, hi] pairs, the code points for\n// which Python 3.11's str.isprintable() is true.\n")
	writeRanges(&b, "printable311", printable)
	b.WriteString("// assigned311 lists, as inclusive [lo, hi] pairs, the code points that are\n// assigned (general category other than Cn) in Unicode 14.0.0.\n")
	writeRanges(&b, "assigned311", assigned)
	b.WriteString("// cjkUnified311 lists, as inclusive [lo, hi] pairs, the code points that\n// Python 3.11 names CJK UNIFIED IDEOGRAPH-XXXX.\n")
	writeRanges(&b, "cjkUnified311", cjk)
	b.WriteString("// nameAliases311 holds the formal name aliases of Unicode 14.0.0\n// (NameAliases.txt), which Python 3.11 accepts in \\N{...}.\n")
	b.WriteString("var nameAliases311 = [...]struct {\n\tname string\n\tr    rune\n}{\n")
	for _, a := range als {
		fmt.Fprintf(&b, "\t{%q, 0x%04X},\n", a.name, a.cp)
	}
	b.WriteString("}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("tables.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d printable ranges, %d assigned ranges, %d aliases", len(printable), len(assigned), len(als))
}

func writeRanges(b *bytes.Buffer, name string, t [][2]rune) {
	fmt.Fprintf(b, "var %s = [...][2]rune{\n", name)
	for i, r := range t {
		if i%4 == 0 {
			b.WriteString("\t")
		}
		fmt.Fprintf(b, "{0x%04X, 0x%04X},", r[0], r[1])
		if i%4 == 3 || i == len(t)-1 {
			b.WriteString("\n")
		} else {
			b.WriteString(" ")
		}
	}
	b.WriteString("}\n\n")
}
