package testutil

import (
	"os"
	"path/filepath"
	"testing"
)

func TestNormalizePaths(t *testing.T) {
	tmp := t.TempDir()
	inner := filepath.Join(tmp, "inner")
	s := "a " + tmp + "/x b " + inner + "/y"
	got := NormalizePaths(s, map[string]string{tmp: "$TMP", inner: "$INNER"})
	if want := "a $TMP/x b $INNER/y"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestFirstDiff(t *testing.T) {
	got := FirstDiff("a\nb\nc\n", "a\nB\nc\n")
	want := "line 2:\n  both: \"a\\n\"\n  want: \"b\\n\"\n  got:  \"B\\n\""
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := FirstDiff("a\n", "a\nextra\n"); got != "line 2:\n  both: \"a\\n\"\n  want: (end of output)\n  got:  \"extra\\n\"" {
		t.Errorf("extra line: %q", got)
	}
}

func TestGolden(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.golden")
	if err := os.WriteFile(path, []byte("one\r\ntwo\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	Golden(t, path, []byte("one\ntwo\n")) // CRLF in the golden file is accepted
}
