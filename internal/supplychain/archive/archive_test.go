package archive

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

type entry struct {
	name string
	body string
	size int64 // zero-filled content of this size when > 0 (body ignored)
	typ  byte  // tar type flag (default regular)
	link string
	mode fs.FileMode // zip mode bits when set
}

func tarBytes(t testing.TB, entries []entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, e := range entries {
		h := &tar.Header{Name: e.name, Mode: 0o644, Typeflag: e.typ, Linkname: e.link, Format: tar.FormatPAX}
		if h.Typeflag == 0 {
			h.Typeflag = tar.TypeReg
		}
		if h.Typeflag == tar.TypeReg {
			h.Size = int64(len(e.body))
			if e.size > 0 {
				h.Size = e.size
			}
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatalf("%q: %v", e.name, err)
		}
		if h.Typeflag == tar.TypeReg {
			if e.size > 0 {
				chunk := make([]byte, 1<<16)
				for left := e.size; left > 0; left -= int64(len(chunk)) {
					tw.Write(chunk[:min(int64(len(chunk)), left)])
				}
			} else {
				tw.Write([]byte(e.body))
			}
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func tarGz(t testing.TB, entries []entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(tarBytes(t, entries))
	zw.Close()
	return buf.Bytes()
}

func zipBytes(t testing.TB, entries []entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate}
		if e.mode != 0 {
			h.SetMode(e.mode)
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		if e.size > 0 {
			chunk := make([]byte, 1<<16)
			for left := e.size; left > 0; left -= int64(len(chunk)) {
				w.Write(chunk[:min(int64(len(chunk)), left)])
			}
		} else {
			w.Write([]byte(e.body))
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func readT(t testing.TB, data []byte, opts Options) *Archive {
	t.Helper()
	a, err := Read(context.Background(), data, "test", opts)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return a
}

// problems maps raw member names to their problem kinds.
func problems(a *Archive) map[string][]ProblemKind {
	out := map[string][]ProblemKind{}
	for _, m := range a.Members {
		for _, p := range m.Problems {
			out[m.RawName] = append(out[m.RawName], p.Kind)
		}
	}
	return out
}

func has(kinds []ProblemKind, k ProblemKind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

func archiveHas(a *Archive, k ProblemKind) bool {
	for _, p := range a.Problems {
		if p.Kind == k {
			return true
		}
	}
	return false
}

var sdist = []entry{
	{name: "demo-1.0/", typ: tar.TypeDir},
	{name: "demo-1.0/setup.py", body: "from setuptools import setup\nsetup(name='demo')\n"},
	{name: "./demo-1.0/demo/__init__.py", body: "VERSION = '1.0'\n"},
	{name: "demo-1.0/demo/core.py", body: "def f():\n    return 1\n"},
	{name: "demo-1.0/PKG-INFO", body: "Metadata-Version: 2.1\nName: demo\n"},
}

func TestCleanSdist(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		fmt  Format
	}{
		{"tar.gz", tarGz(t, sdist), FormatTarGzip},
		{"tar", tarBytes(t, sdist), FormatTar},
		{"zip", zipBytes(t, sdist[1:]), FormatZip},
	} {
		a := readT(t, tc.data, Options{})
		if a.Format != tc.fmt || !a.Complete || len(a.AllProblems()) > 0 {
			t.Errorf("%s: format %s complete %v problems %v", tc.name, a.Format, a.Complete, a.AllProblems())
		}
		if err := fstest.TestFS(a, "demo-1.0/setup.py", "demo-1.0/demo/__init__.py", "demo-1.0/demo/core.py", "demo-1.0/PKG-INFO"); err != nil {
			t.Errorf("%s: %v", tc.name, err)
		}
		b, err := fs.ReadFile(a, "demo-1.0/demo/__init__.py")
		if err != nil || string(b) != "VERSION = '1.0'\n" {
			t.Errorf("%s: ReadFile: %q %v", tc.name, b, err)
		}
	}
}

func TestBzip2(t *testing.T) {
	a, err := Open(context.Background(), filepath.Join("testdata", "sdist.tar.bz2"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Format != FormatTarBz2 || len(a.Files()) != 2 {
		t.Errorf("format %s, files %v", a.Format, a.Files())
	}
	if p := problems(a)["demo-1.0/escape"]; !has(p, ProblemLink) || !has(p, ProblemLinkEscapes) {
		t.Errorf("escape link: %v", p)
	}
}

func TestTraversalAndNames(t *testing.T) {
	entries := []entry{
		{name: "../evil.py", body: "x"},
		{name: "/etc/cron.d/evil", body: "x"},
		{name: "pkg/../../evil.py", body: "x"},
		{name: "pkg/./ok.py", body: "ok"},
		{name: `C:\Windows\evil.dll`, body: "x"},
		{name: `pkg\..\..\evil.py`, body: "x"},
		{name: "pkg/\x1b[31mred.py", body: "x"},
		{name: "pkg/\xff.py", body: "x"},
		{name: "pkg/c\u0085.py", body: "x"},
		{name: strings.Repeat("d/", 40) + "deep.py", body: "x"},
	}
	want := map[string]ProblemKind{
		"../evil.py":                         ProblemTraversal,
		"/etc/cron.d/evil":                   ProblemAbsolutePath,
		"pkg/../../evil.py":                  ProblemTraversal,
		`C:\Windows\evil.dll`:                ProblemAbsolutePath,
		`pkg\..\..\evil.py`:                  ProblemTraversal,
		"pkg/a\x00b.py":                      ProblemBadName,
		"pkg/\x1b[31mred.py":                 ProblemBadName,
		"pkg/\xff.py":                        ProblemBadName,
		"pkg/c\u0085.py":                     ProblemBadName,
		strings.Repeat("d/", 40) + "deep.py": ProblemTooDeep,
	}
	// archive/tar cannot write a NUL in a name; zip can.
	nul := append(entries, entry{name: "pkg/a\x00b.py", body: "x"})
	want["pkg/a\x00b.py"] = ProblemBadName
	for _, data := range [][]byte{tarGz(t, entries), zipBytes(t, nul)} {
		a := readT(t, data, Options{})
		got := problems(a)
		for name, k := range want {
			if _, ok := got[name]; !ok && a.Format != FormatZip && strings.Contains(name, "\x00") {
				continue
			}
			if !has(got[name], k) {
				t.Errorf("%s %q: problems %v, want %s", a.Format, name, got[name], k)
			}
		}
		if files := a.Files(); len(files) != 1 || files[0] != "pkg/ok.py" {
			t.Errorf("%s: files %q, want only pkg/ok.py", a.Format, files)
		}
	}
}

func TestLinks(t *testing.T) {
	entries := []entry{
		{name: "pkg/escape", typ: tar.TypeSymlink, link: "../../../etc/passwd"},
		{name: "pkg/abs", typ: tar.TypeSymlink, link: "/etc/passwd"},
		{name: "pkg/inside", typ: tar.TypeSymlink, link: "mod.py"},
		{name: "pkg/hard", typ: tar.TypeLink, link: "../outside"},
		{name: "pkg/hardin", typ: tar.TypeLink, link: "pkg/mod.py"},
		{name: "pkg/mod.py", body: "x = 1\n"},
		// A file "through" the escaping link: kept as a plain path, and
		// the link itself is never created, so it cannot redirect it.
		{name: "pkg/escape/authorized_keys", body: "ssh-rsa AAAA"},
		{name: "dev/null", typ: tar.TypeChar},
		{name: "dev/sda", typ: tar.TypeBlock},
		{name: "pipe", typ: tar.TypeFifo},
	}
	a := readT(t, tarGz(t, entries), Options{})
	got := problems(a)
	for name, kinds := range map[string][]ProblemKind{
		"pkg/escape": {ProblemLink, ProblemLinkEscapes},
		"pkg/abs":    {ProblemLink, ProblemLinkEscapes},
		"pkg/inside": {ProblemLink},
		"pkg/hard":   {ProblemLink, ProblemLinkEscapes},
		"pkg/hardin": {ProblemLink},
		"dev/null":   {ProblemSpecialFile},
		"dev/sda":    {ProblemSpecialFile},
		"pipe":       {ProblemSpecialFile},
	} {
		if fmt.Sprint(got[name]) != fmt.Sprint(kinds) {
			t.Errorf("%q: problems %v, want %v", name, got[name], kinds)
		}
	}
	if _, err := a.Open("pkg/inside"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("links must not be served: %v", err)
	}

	dir, err := a.Extract(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(dir)
	if err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("extract dir mode: %v %v", fi.Mode(), err)
	}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, _ := d.Info()
		if info.Mode()&fs.ModeSymlink != 0 || !(info.Mode().IsRegular() || info.IsDir()) {
			t.Errorf("extracted %s has mode %v", p, info.Mode())
		}
		if info.Mode().IsRegular() && info.Mode().Perm() != 0o600 {
			t.Errorf("extracted %s has mode %v", p, info.Mode())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "pkg", "escape", "authorized_keys"))
	if err != nil || string(b) != "ssh-rsa AAAA" {
		t.Errorf("file under the refused link's name: %q %v", b, err)
	}

	// Zip symlinks are refused the same way.
	z := readT(t, zipBytes(t, []entry{{name: "pkg/evil", body: "../../../../home/u/.bashrc", mode: fs.ModeSymlink | 0o777}}), Options{})
	if p := problems(z)["pkg/evil"]; !has(p, ProblemLink) || !has(p, ProblemLinkEscapes) {
		t.Errorf("zip symlink: %v", p)
	}
}

func TestDuplicates(t *testing.T) {
	entries := []entry{
		{name: "pkg/__init__.py", body: "first"},
		{name: "pkg/__init__.py", body: "second"},
		{name: "./pkg/__init__.py", body: "third"},
		{name: "PKG/__INIT__.py", body: "case"},
	}
	for _, data := range [][]byte{tarGz(t, entries), zipBytes(t, entries)} {
		a := readT(t, data, Options{})
		if b, _ := a.ReadFile("pkg/__init__.py"); string(b) != "first" {
			t.Errorf("%s: kept %q, want the first", a.Format, b)
		}
		var dup, caseDup int
		for _, m := range a.Members {
			if has(problems(a)[m.RawName], ProblemDuplicate) {
				dup++
			}
			for _, p := range m.Problems {
				if p.Kind == ProblemCaseDuplicate {
					caseDup++
				}
			}
		}
		if dup < 2 || caseDup != 1 || len(a.Files()) != 1 {
			t.Errorf("%s: %d duplicates, %d case duplicates, files %v", a.Format, dup, caseDup, a.Files())
		}
	}
}

func TestZipBomb(t *testing.T) {
	lim := Limits{MaxRatio: 100, RatioFloor: 1 << 20}
	data := zipBytes(t, []entry{{name: "ok.py", body: "x"}, {name: "bomb.bin", size: 32 << 20}, {name: "after.py", body: "y"}})
	a := readT(t, data, Options{Limits: lim})
	if p := problems(a)["bomb.bin"]; !has(p, ProblemRatio) {
		t.Errorf("bomb: %v", p)
	}
	if a.TotalSize > 4<<20 {
		t.Errorf("inflated %d bytes, want the ratio check to stop near 100 × compressed size", a.TotalSize)
	}
	if fmt.Sprint(a.Files()) != "[after.py ok.py]" {
		t.Errorf("files %v", a.Files())
	}
}

func TestZipLyingHeader(t *testing.T) {
	// A member whose header claims 10 bytes but inflates to 4 MiB.
	var raw bytes.Buffer
	zw := zip.NewWriter(&raw)
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: "big.py", Method: zip.Deflate})
	w.Write(bytes.Repeat([]byte("a = 1\n"), 700_000))
	zw.Close()
	data := raw.Bytes()
	r, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	size := r.File[0].UncompressedSize64
	// Patch the central directory's uncompressed size (and the data
	// descriptor's) to 10.
	var le [4]byte
	le[0], le[1], le[2], le[3] = byte(size), byte(size>>8), byte(size>>16), byte(size>>24)
	patched := bytes.ReplaceAll(data, le[:], []byte{10, 0, 0, 0})
	a := readT(t, patched, Options{})
	m := a.Members[0]
	if m.Kept() && int64(len(mustRead(t, a, "big.py"))) > 10 {
		t.Errorf("lying header: kept %d bytes, problems %v", len(mustRead(t, a, "big.py")), m.Problems)
	}
	if m.Safe() && m.Size != 10 {
		t.Errorf("lying header: safe member of size %d: %v", m.Size, m.Problems)
	}
}

func mustRead(t testing.TB, a *Archive, name string) []byte {
	b, _ := a.ReadFile(name)
	return b
}

func TestTarBomb(t *testing.T) {
	lim := Limits{MaxRatio: 50, RatioFloor: 1 << 20}
	// Kept or skipped, the zeros are inflated and measured.
	data := tarGz(t, []entry{{name: "a.py", body: "x"}, {name: "zeros", size: 16 << 20}, {name: "b.py", body: "y"}})
	for _, keep := range []func(string) bool{nil, func(n string) bool { return strings.HasSuffix(n, ".py") }} {
		a := readT(t, data, Options{Limits: lim, Keep: keep})
		if !archiveHas(a, ProblemRatio) || a.Complete {
			t.Errorf("tar bomb: problems %v, complete %v", a.AllProblems(), a.Complete)
		}
		if a.TotalSize > 4<<20 {
			t.Errorf("inflated %d bytes", a.TotalSize)
		}
		if fmt.Sprint(a.Files()) != "[a.py]" {
			t.Errorf("files %v", a.Files())
		}
	}
}

func TestLimits(t *testing.T) {
	var many []entry
	for i := range 30 {
		many = append(many, entry{name: fmt.Sprintf("f%02d.py", i), body: strings.Repeat("x", 1000)})
	}
	a := readT(t, tarGz(t, many), Options{Limits: Limits{MaxFiles: 10}})
	if !archiveHas(a, ProblemTooManyFiles) || len(a.Members) != 10 || a.Complete {
		t.Errorf("file count: %d members, %v", len(a.Members), a.AllProblems())
	}
	a = readT(t, zipBytes(t, many), Options{Limits: Limits{MaxFiles: 10}})
	if !archiveHas(a, ProblemTooManyFiles) || len(a.Members) != 10 {
		t.Errorf("zip file count: %d members, %v", len(a.Members), a.AllProblems())
	}
	for _, data := range [][]byte{tarGz(t, many), zipBytes(t, many)} {
		a = readT(t, data, Options{Limits: Limits{MaxTotalSize: 5500}})
		if !archiveHas(a, ProblemTotalTooLarge) || a.Complete || len(a.Files()) > 5 {
			t.Errorf("%s total: files %d, %v", a.Format, len(a.Files()), a.AllProblems())
		}
	}
	for _, data := range [][]byte{tarGz(t, many[:2]), zipBytes(t, many[:2])} {
		a = readT(t, data, Options{Limits: Limits{MaxFileSize: 999}})
		if p := problems(a)["f00.py"]; !has(p, ProblemTooLarge) || len(a.Files()) != 0 {
			t.Errorf("%s per-file: %v", a.Format, p)
		}
	}
	if _, err := Read(context.Background(), tarGz(t, many), "x", Options{Limits: Limits{MaxArchiveSize: 10}}); err == nil {
		t.Error("archive size limit: want error")
	}
}

func TestTruncated(t *testing.T) {
	big := []entry{{name: "a.py", body: strings.Repeat("import os\n", 5000)}, {name: "b.py", body: strings.Repeat("x = 1\n", 5000)}}
	for _, data := range [][]byte{tarGz(t, big), tarBytes(t, big), zipBytes(t, big)} {
		for _, cut := range []int{len(data) / 2, len(data) - 10, min(600, len(data)-1)} {
			a, err := Read(context.Background(), data[:cut], "cut", Options{})
			if err != nil {
				continue // too short to recognise: also fine
			}
			if a.Complete && len(a.AllProblems()) == 0 {
				t.Errorf("%s cut at %d of %d: no problem reported", a.Format, cut, len(data))
			}
		}
	}
}

func TestNesting(t *testing.T) {
	inner := zipBytes(t, []entry{{name: "x.py", body: "x"}})
	for range 3 {
		inner = zipBytes(t, []entry{{name: "inner.zip", body: string(inner)}})
	}
	ctx := context.Background()
	a := readT(t, inner, Options{})
	var err error
	for depth := 1; ; depth++ {
		a, err = a.OpenNested(ctx, "inner.zip")
		if err != nil {
			if depth != 3 || !strings.Contains(err.Error(), string(ProblemTooNested)) {
				t.Errorf("depth %d: %v", depth, err)
			}
			break
		}
		if a.Nesting() != depth {
			t.Errorf("nesting %d, want %d", a.Nesting(), depth)
		}
	}
}

func TestUnsupported(t *testing.T) {
	for _, data := range [][]byte{{}, []byte("hello"), {0xfd, '7', 'z', 'X', 'Z', 0, 1, 2}} {
		if _, err := Read(context.Background(), data, "x", Options{}); !errors.Is(err, ErrUnsupported) {
			t.Errorf("%q: %v", data, err)
		}
	}
	if _, err := Open(context.Background(), t.TempDir(), Options{}); err == nil {
		t.Error("directory: want error")
	}
}

func TestKeep(t *testing.T) {
	a := readT(t, tarGz(t, sdist), Options{Keep: func(n string) bool { return strings.HasSuffix(n, ".py") }})
	if fmt.Sprint(a.Files()) != "[demo-1.0/demo/__init__.py demo-1.0/demo/core.py demo-1.0/setup.py]" {
		t.Errorf("files %v", a.Files())
	}
	if len(a.Members) != len(sdist) {
		t.Errorf("members %d", len(a.Members))
	}
}

func FuzzRead(f *testing.F) {
	f.Add(tarGz(f, sdist))
	f.Add(tarBytes(f, sdist))
	f.Add(zipBytes(f, sdist[1:]))
	f.Add(tarGz(f, []entry{{name: "../x", body: "x"}, {name: "l", typ: tar.TypeSymlink, link: "/"}}))
	lim := Limits{MaxTotalSize: 1 << 20, MaxFileSize: 1 << 18, MaxFiles: 100}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Read(context.Background(), data, "fuzz", Options{Limits: lim})
		if err != nil {
			return
		}
		for _, name := range a.Files() {
			if !fs.ValidPath(name) || strings.Contains(name, "..") && strings.Contains("/"+name+"/", "/../") {
				t.Fatalf("unsafe name served: %q", name)
			}
		}
		if a.TotalSize > lim.MaxTotalSize {
			t.Fatalf("total %d over the limit", a.TotalSize)
		}
	})
}

func TestZipOverlap(t *testing.T) {
	data := zipBytes(t, []entry{{name: "a.py", body: strings.Repeat("a = 1\n", 100)}, {name: "b.py", body: "b"}})
	// Point the second central-directory entry at the first member's local
	// header, as non-recursive zip bombs do for thousands of entries.
	cd := bytes.Index(data, []byte("PK\x01\x02"))
	second := cd + 4 + bytes.Index(data[cd+4:], []byte("PK\x01\x02"))
	copy(data[second+42:second+46], []byte{0, 0, 0, 0})
	a := readT(t, data, Options{})
	got := problems(a)
	if !has(got["a.py"], ProblemOverlap) || !has(got["b.py"], ProblemOverlap) {
		t.Errorf("overlap: %v", got)
	}
	if len(a.Files()) != 0 {
		t.Errorf("files %v", a.Files())
	}
}

func TestFileDirConflict(t *testing.T) {
	a := readT(t, tarGz(t, []entry{{name: "pkg/a/b.py", body: "child"}, {name: "pkg/a", body: "file"}}), Options{})
	if fmt.Sprint(a.Files()) != "[pkg/a]" || !has(problems(a)["pkg/a/b.py"], ProblemDuplicate) {
		t.Errorf("files %v, problems %v", a.Files(), problems(a))
	}
	if a.Members[0].Kept() {
		t.Error("blocked member still kept")
	}
}

// TestRealWheels reads the wheels bundled with the machine's Pythons
// (ensurepip, Debian's python-wheels), when there are any: honest
// archives must read without a single problem.
func TestRealWheels(t *testing.T) {
	var paths []string
	for _, pat := range []string{
		"/usr/share/python-wheels/*.whl",
		"/usr/lib/python3*/ensurepip/_bundled/*.whl",
		os.ExpandEnv("$HOME/.pyenv/versions/*/lib/python*/ensurepip/_bundled/*.whl"),
	} {
		m, _ := filepath.Glob(pat)
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		t.Skip("no wheels on this machine")
	}
	if testing.Short() && len(paths) > 4 {
		paths = paths[:4]
	}
	var files, bytes int64
	start := time.Now()
	for _, p := range paths {
		a, err := Open(context.Background(), p, Options{})
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if !a.Complete || len(a.AllProblems()) > 0 {
			t.Errorf("%s: problems %v", filepath.Base(p), a.AllProblems())
		}
		files += int64(len(a.Files()))
		bytes += a.TotalSize
	}
	d := time.Since(start)
	t.Logf("%d wheels, %d files, %.1f MB uncompressed, no problems, in %v (%.0f MB/s)",
		len(paths), files, float64(bytes)/1e6, d.Round(time.Millisecond), float64(bytes)/1e6/d.Seconds())
}
