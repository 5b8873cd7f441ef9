package pep440

import "testing"

func FuzzParse(f *testing.F) {
	for _, s := range edgeVersions {
		f.Add(s, ">=1.0,!=1.5.*")
	}
	f.Fuzz(func(t *testing.T, s, spec string) {
		v, err := Parse(s)
		if fast, ok := parseRelease(s); ok {
			full, err := parseFull(s)
			if err != nil || full.String() != fast.String() || Compare(full, fast) != 0 {
				t.Fatalf("fast path disagrees on %q: %v vs %v (%v)", s, fast, full, err)
			}
		}
		if err == nil {
			// The normal form is a fixed point and equal to the input.
			w, err := Parse(v.String())
			if err != nil || w.String() != v.String() || Compare(v, w) != 0 {
				t.Fatalf("normal form %q of %q does not round-trip: %v", v.String(), s, err)
			}
		}
		lv := ParseLoose(s)
		if Compare(lv, lv) != 0 {
			t.Fatalf("Compare(%q, itself) != 0", s)
		}
		if set, err := ParseSpecifierSet(spec); err == nil {
			set.Contains(lv, false)
			set.Contains(lv, true)
		}
	})
}

func BenchmarkParse(b *testing.B) {
	for _, in := range []string{"2.31.0", "1!2.0rc1.post2.dev3+ubuntu.1", "v1.0-beta_2", "123456789012345678901234567890.1"} {
		b.Run(in, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkCompare(b *testing.B) {
	vs := []Version{MustParse("1.0"), MustParse("1.0.0"), MustParse("1.0a1"), MustParse("1.0.post1"), MustParse("1.0+abc.5"), MustParse("2.31.0")}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Compare(vs[i%len(vs)], vs[(i+1)%len(vs)])
	}
}
