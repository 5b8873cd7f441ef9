package vulndb

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/deps/osv"
)

// ids returns a function giving the ids of a lookup's result, failing the
// test on error: ids(t)(db.Lookup(name)).
func ids(t *testing.T) func([]*osv.Vulnerability, error) []string {
	return func(vs []*osv.Vulnerability, err error) []string {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		out := []string{}
		for _, v := range vs {
			out = append(out, v.ID)
		}
		return out
	}
}

func open(t *testing.T, dir string) *DB {
	t.Helper()
	db, err := Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func skippedFiles(ws []Warning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.File)
	}
	slices.Sort(out)
	return out
}

func TestDefaultDir(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	home := filepath.Join(string(filepath.Separator), "home", "u")
	xdg := filepath.Join(string(filepath.Separator), "xdg")
	tests := []struct {
		flag string
		env  func(string) string
		want string
	}{
		{"flagdir", env("KRAIT_DB", "envdir", "XDG_CACHE_HOME", xdg), "flagdir"},
		{"", env("KRAIT_DB", "envdir", "XDG_CACHE_HOME", xdg), "envdir"},
		{"", env("XDG_CACHE_HOME", xdg, "HOME", home), filepath.Join(xdg, "krait", "osv")},
	}
	if runtime.GOOS == "linux" {
		tests = append(tests,
			struct {
				flag string
				env  func(string) string
				want string
			}{"", env("XDG_CACHE_HOME", "relative", "HOME", home), filepath.Join(home, ".cache", "krait", "osv")},
			struct {
				flag string
				env  func(string) string
				want string
			}{"", env("HOME", home), filepath.Join(home, ".cache", "krait", "osv")},
		)
	}
	for _, tt := range tests {
		got, err := DefaultDir(tt.flag, tt.env)
		if err != nil || got != tt.want {
			t.Errorf("DefaultDir(%q) = %q, %v; want %q", tt.flag, got, err, tt.want)
		}
	}
	if _, err := DefaultDir("", env()); err == nil {
		t.Error("DefaultDir with an empty environment: no error")
	}
}

func TestImportDirectory(t *testing.T) {
	ctx := context.Background()
	s := &Store{Dir: t.TempDir()}
	rep, err := s.Import(ctx, "testdata/records")
	if err != nil {
		t.Fatal(err)
	}
	if rep.Records != 5 || rep.Packages != 3 || rep.Skipped != 3 {
		t.Errorf("report: %d records, %d packages, %d skipped; want 5, 3, 3", rep.Records, rep.Packages, rep.Skipped)
	}
	if got, want := skippedFiles(rep.Warnings), []string{"bad-event.json", "no-id.json", "truncated.json"}; !slices.Equal(got, want) {
		t.Errorf("skipped %v, want %v", got, want)
	}
	db := open(t, s.Dir)
	for _, name := range []string{"foo-bar", "Foo_Bar", "FOO.bar", "foo__bar"} {
		if got, want := ids(t)(db.Lookup(name)), []string{"GHSA-2099-aaaa-bbbb", "PYSEC-2099-1"}; !slices.Equal(got, want) {
			t.Errorf("Lookup(%q) = %v, want %v", name, got, want)
		}
	}
	if got, want := ids(t)(db.Lookup("requests")), []string{"PYSEC-2099-3"}; !slices.Equal(got, want) {
		t.Errorf("Lookup(requests) = %v, want %v (the withdrawn one left out)", got, want)
	}
	if got := ids(t)(db.Lookup("left-pad")); len(got) != 0 {
		t.Errorf("Lookup(left-pad) = %v: npm entries must not be indexed", got)
	}
	if got := ids(t)(db.Lookup("unknown")); len(got) != 0 {
		t.Errorf("Lookup(unknown) = %v", got)
	}
	if got, want := ids(t)(db.ByID("CVE-2099-0001")), []string{"GHSA-2099-aaaa-bbbb", "PYSEC-2099-1"}; !slices.Equal(got, want) {
		t.Errorf("ByID(CVE) = %v, want %v", got, want)
	}
	vs, err := db.ByID("PYSEC-2099-2")
	if err != nil || len(vs) != 1 || vs[0].Withdrawn == nil {
		t.Errorf("ByID(withdrawn) = %v, %v", vs, err)
	}
	if got := ids(t)(db.ByID("PYSEC-0000-0")); len(got) != 0 {
		t.Errorf("ByID(unknown) = %v", got)
	}
	if got, want := ids(t)(db.Malicious("evil_pkg")), []string{"MAL-2099-7"}; !slices.Equal(got, want) {
		t.Errorf("Malicious = %v, want %v", got, want)
	}
	if got := ids(t)(db.Malicious("foo-bar")); len(got) != 0 {
		t.Errorf("Malicious(foo-bar) = %v", got)
	}
	if got, want := db.MaliciousPackages(), []string{"evil-pkg"}; !slices.Equal(got, want) {
		t.Errorf("MaliciousPackages = %v, want %v", got, want)
	}
	if !db.Has("Requests") || db.Has("nope") {
		t.Error("Has")
	}
	st := db.Status()
	if st.Records != 5 || st.Packages != 3 || st.Skipped != 3 || st.Withdrawn != 1 || st.Malicious != 1 ||
		st.SourceKind != "directory" || !filepath.IsAbs(st.Source) || len(st.SkippedFiles) != 3 || st.ImportedAt.IsZero() {
		t.Errorf("Status = %+v", st)
	}
	// The record keeps fields krait's schema does not model, and the
	// free-form database_specific.
	vs, _ = db.ByID("GHSA-2099-aaaa-bbbb")
	if string(vs[0].DatabaseSpecific) != `{"severity":"HIGH","github_reviewed":true}` {
		t.Errorf("database_specific = %s", vs[0].DatabaseSpecific)
	}
}

func TestImportPyPALayout(t *testing.T) {
	s := &Store{Dir: t.TempDir()}
	rep, err := s.Import(context.Background(), "testdata/pypa")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := skippedFiles(rep.Warnings), []string{"vulns/bad/PYSEC-2099-11.yaml", "vulns/bad/PYSEC-2099-12.yaml"}; !slices.Equal(got, want) {
		t.Errorf("skipped %v, want %v (tools/ must not be read)", got, want)
	}
	db := open(t, s.Dir)
	vs, err := db.Lookup("jinja2")
	if err != nil || len(vs) != 1 {
		t.Fatalf("Lookup(jinja2) = %v, %v", vs, err)
	}
	v := vs[0]
	if v.ID != "PYSEC-2099-10" || v.Modified != time.Date(2099, 5, 1, 2, 22, 14, 398908000, time.UTC) ||
		v.Published == nil || !v.Published.Equal(time.Date(2099, 4, 7, 0, 29, 0, 0, time.UTC)) {
		t.Errorf("record = %+v", v)
	}
	a := v.Affected[0]
	// Unquoted YAML numbers stay the version strings as written.
	if got := a.Ranges[0].Events[1].Fixed; got != "2.10" {
		t.Errorf("fixed = %q, want 2.10", got)
	}
	if !slices.Equal(a.Versions, []string{"2.0", "2.9", "2.9.6"}) {
		t.Errorf("versions = %q", a.Versions)
	}
	if got, want := string(a.DatabaseSpecific), `{"source":"https://example.invalid/osv","reviewed":true,"score":7.5}`; got != want {
		t.Errorf("database_specific = %s, want %s", got, want)
	}
	if got := ids(t)(db.ByID("CVE-2099-1010")); !slices.Equal(got, []string{"PYSEC-2099-10"}) {
		t.Errorf("ByID(alias) = %v", got)
	}
}

func TestYAMLHostile(t *testing.T) {
	laughs := "id: X\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
	prev := "a"
	for i := range 8 {
		name := string(rune('b' + i))
		laughs += name + ": &" + name + " [" + strings.Repeat("*"+prev+", ", 9) + "*" + prev + "]\n"
		prev = name
	}
	for name, src := range map[string]string{
		"laughs":    laughs,
		"nested":    strings.Repeat("[", 10000) + strings.Repeat("]", 10000),
		"merge":     "base: &b {id: X}\nrec:\n  <<: *b\n",
		"dupkey":    "id: X\nid: Y\n",
		"scalar":    "just text",
		"two docs":  "id: X\n---\nid: Y\n",
		"empty":     "",
		"bad utf-8": "id: \xff\xfe\n",
		"tab":       "id:\tX\n\t- y",
	} {
		if _, err := yamlToJSON([]byte(src)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

type zipEntry struct {
	name string
	data []byte
	mode fs.FileMode
}

func writeZip(t *testing.T, p string, entries []zipEntry) {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		fh := &zip.FileHeader{Name: e.name, Method: zip.Deflate}
		if e.mode != 0 {
			fh.SetMode(e.mode)
		}
		w, err := zw.CreateHeader(fh)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(e.data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "records", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestImportZip(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	zp := filepath.Join(dir, "all.zip")
	big := []byte(`{"id":"PYSEC-2099-50","modified":"2099-01-01T00:00:00Z","details":"` + strings.Repeat("A", 3<<20) + `"}`)
	newer := bytes.Replace(fixture(t, "PYSEC-2099-3.json"), []byte("2099-03-01"), []byte("2099-03-09"), 1)
	newer = bytes.Replace(newer, []byte("leaks credentials"), []byte("leaks CREDENTIALS"), 1)
	writeZip(t, zp, []zipEntry{
		{name: "PYSEC-2099-1.json", data: fixture(t, "PYSEC-2099-1.json")},
		{name: "PYSEC-2099-3.json", data: fixture(t, "PYSEC-2099-3.json")},
		{name: "MAL-2099-7.json", data: fixture(t, "MAL-2099-7.json")},
		{name: "dir/"},
		{name: "README.txt", data: []byte("not a record")},
		{name: "PYSEC-2099-99.json", data: fixture(t, "truncated.json")},
		{name: "../PYSEC-2099-60.json", data: fixture(t, "PYSEC-2099-1.json")},
		{name: "/abs/PYSEC-2099-61.json", data: fixture(t, "PYSEC-2099-1.json")},
		{name: `a\..\PYSEC-2099-62.json`, data: fixture(t, "PYSEC-2099-1.json")},
		{name: "link.json", data: []byte("/etc/passwd"), mode: fs.ModeSymlink | 0o777},
		{name: "bomb.json", data: big},
		{name: "dup/PYSEC-2099-3.json", data: newer},
	})
	s := &Store{Dir: filepath.Join(dir, "db"), Limits: Limits{RatioMinBytes: 1 << 20, MaxRatio: 100}}
	rep, err := s.Import(ctx, zp)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"../PYSEC-2099-60.json", "/abs/PYSEC-2099-61.json", "PYSEC-2099-99.json", `a\..\PYSEC-2099-62.json`, "bomb.json", "dup/PYSEC-2099-3.json", "link.json"}
	if got := skippedFiles(rep.Warnings); !slices.Equal(got, want) {
		t.Errorf("skipped %v, want %v", got, want)
	}
	if rep.Records != 3 {
		t.Errorf("records = %d, want 3", rep.Records)
	}
	db := open(t, s.Dir)
	vs, err := db.Lookup("requests")
	if err != nil || len(vs) != 1 || !strings.Contains(vs[0].Summary, "CREDENTIALS") {
		t.Errorf("duplicate id: the later modification must win: %v %v", vs, err)
	}
	if st := db.Status(); st.SourceKind != "zip" || st.Source != zp {
		t.Errorf("status = %+v", st)
	}
	// A record of 3 MiB is too large for a per-file limit of 1 MiB.
	s2 := &Store{Dir: filepath.Join(dir, "db2"), Limits: Limits{MaxFileBytes: 1 << 20}}
	rep, err = s2.Import(ctx, zp)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(rep.Warnings, func(w Warning) bool {
		return w.File == "bomb.json" && strings.Contains(w.Reason, "limit")
	}) {
		t.Errorf("oversized entry not reported: %v", rep.Warnings)
	}
}

// lyingZip writes a zip whose one entry's header claims 100 bytes while
// its deflated data expands to 10 MiB.
func lyingZip(t *testing.T, p string) {
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestCompression)
	payload := bytes.Repeat([]byte(" "), 10<<20)
	fw.Write(payload)
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name: "PYSEC-2099-1.json", Method: zip.Deflate,
		CRC32: crc32.ChecksumIEEE(payload[:100]), CompressedSize64: uint64(comp.Len()), UncompressedSize64: 100,
	})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(comp.Bytes())
	zw.Close()
	os.WriteFile(p, buf.Bytes(), 0o644)
}

// TestImportFailuresKeepDatabase checks that every failed import leaves the
// previous database as it was.
func TestImportFailuresKeepDatabase(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	good := filepath.Join(dir, "good.zip")
	writeZip(t, good, []zipEntry{
		{name: "PYSEC-2099-1.json", data: fixture(t, "PYSEC-2099-1.json")},
		{name: "PYSEC-2099-3.json", data: fixture(t, "PYSEC-2099-3.json")},
	})
	data, _ := os.ReadFile(good)
	truncated := filepath.Join(dir, "truncated.zip")
	os.WriteFile(truncated, data[:len(data)/2], 0o644)
	garbage := filepath.Join(dir, "garbage.zip")
	os.WriteFile(garbage, []byte("PK\x03\x04 this is no zip"), 0o644)
	many := filepath.Join(dir, "many.zip")
	var es []zipEntry
	for i := range 20 {
		es = append(es, zipEntry{name: strings.Repeat("x", i+1) + ".json", data: []byte("{}")})
	}
	writeZip(t, many, es)
	huge := filepath.Join(dir, "huge.zip")
	writeZip(t, huge, []zipEntry{
		{name: "a.json", data: bytes.Repeat([]byte(" "), 600<<10)},
		{name: "b.json", data: bytes.Repeat([]byte(" "), 600<<10)},
	})
	lying := filepath.Join(dir, "lying.zip")
	lyingZip(t, lying)
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	onlyBad := filepath.Join(dir, "bad.zip")
	writeZip(t, onlyBad, []zipEntry{{name: "x.json", data: []byte("{")}})

	s := &Store{Dir: filepath.Join(dir, "db"), Limits: Limits{MaxEntries: 10, MaxTotalBytes: 1 << 20}}
	if _, err := s.Import(ctx, good); err != nil {
		t.Fatal(err)
	}
	before, err := s.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ src, want string }{
		{truncated, "truncated or corrupt"},
		{garbage, "truncated or corrupt"},
		{many, "limit exceeded"},
		{huge, "limit exceeded"},
		{lying, "entry PYSEC-2099-1.json"},
		{empty, "no valid OSV record"},
		{onlyBad, "no valid OSV record"},
		{filepath.Join(dir, "missing.zip"), "no such file"},
	} {
		_, err := s.Import(ctx, tt.src)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), tt.src) {
			t.Errorf("Import(%s) = %v, want an error naming the source and %q", filepath.Base(tt.src), err, tt.want)
		}
		after, err := s.Status(ctx)
		if err != nil || after.Dir != before.Dir || after.Records != 2 {
			t.Errorf("after Import(%s): %+v, %v; the database changed", filepath.Base(tt.src), after, err)
		}
	}
	db := open(t, s.Dir)
	if got := ids(t)(db.Lookup("foo-bar")); !slices.Equal(got, []string{"PYSEC-2099-1"}) {
		t.Errorf("Lookup after failed imports = %v", got)
	}
	ents, _ := os.ReadDir(s.Dir)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if len(names) != 2 {
		t.Errorf("database directory holds %v; want CURRENT and one generation", names)
	}
}

func TestReimportReplaces(t *testing.T) {
	ctx := context.Background()
	s := &Store{Dir: t.TempDir()}
	if _, err := s.Import(ctx, "testdata/records"); err != nil {
		t.Fatal(err)
	}
	old := open(t, s.Dir)
	if _, err := s.Import(ctx, "testdata/pypa"); err != nil {
		t.Fatal(err)
	}
	db := open(t, s.Dir)
	if got := ids(t)(db.Lookup("foo-bar")); len(got) != 0 {
		t.Errorf("old data survived the re-import: %v", got)
	}
	if got := ids(t)(db.Lookup("jinja2")); !slices.Equal(got, []string{"PYSEC-2099-10"}) {
		t.Errorf("Lookup(jinja2) = %v", got)
	}
	if st := db.Status(); st.Records != 1 || st.Malicious != 0 || st.Skipped != 2 {
		t.Errorf("status = %+v", st)
	}
	gens, _ := filepath.Glob(filepath.Join(s.Dir, genPrefix+"*"))
	if len(gens) != 1 {
		t.Errorf("generations left: %v", gens)
	}
	if runtime.GOOS != "windows" {
		// A database opened before the re-import keeps reading its data.
		if got := ids(t)(old.Lookup("foo-bar")); len(got) != 2 {
			t.Errorf("old handle: Lookup = %v", got)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := Open(ctx, dir); !errors.Is(err, ErrNoDatabase) {
		t.Errorf("Open(empty) = %v, want ErrNoDatabase", err)
	}
	if _, err := (&Store{Dir: dir}).Status(ctx); !errors.Is(err, ErrNoDatabase) {
		t.Errorf("Status(empty) = %v, want ErrNoDatabase", err)
	}
	for _, cur := range []string{"../../etc", "gen-", "garbage", "gen-missing"} {
		os.WriteFile(filepath.Join(dir, currentFile), []byte(cur), 0o644)
		if _, err := Open(ctx, dir); err == nil {
			t.Errorf("Open with CURRENT %q: no error", cur)
		}
	}
	s := &Store{Dir: t.TempDir()}
	if _, err := s.Import(ctx, "testdata/records"); err != nil {
		t.Fatal(err)
	}
	gen, _ := readCurrent(s.Dir)
	ip := filepath.Join(s.Dir, gen, indexFile)
	orig, _ := os.ReadFile(ip)
	patch := func(off int, v uint32) []byte {
		b := bytes.Clone(orig)
		binary.LittleEndian.PutUint32(b[off:], v)
		return b
	}
	h := func(i int) int { return int(binary.LittleEndian.Uint32(orig[8+4*i:])) }
	nRec, nName, nAlias := h(1), h(2), h(3)
	names := headerSize + nRec*recordSize
	lists := names + (nName+nAlias)*keySize
	for name, idx := range map[string][]byte{
		"magic":      append([]byte("NOTKRAIT"), orig[8:]...),
		"version":    patch(8, 2),
		"truncated":  orig[:len(orig)-1],
		"longer":     append(bytes.Clone(orig), 0),
		"short":      orig[:10],
		"count":      patch(12, 1<<30),
		"offset":     patch(headerSize, 1<<30),
		"length":     patch(headerSize+8, 0),
		"id":         patch(headerSize+16, 1<<30),
		"order":      patch(headerSize+recordSize+16, 0),
		"name":       patch(names+4, 1<<30),
		"list":       patch(names+8, 1<<30),
		"list count": patch(names+12, 1<<31),
		"list entry": patch(lists, uint32(nRec)),
		"name order": patch(names+keySize, 0),
	} {
		os.WriteFile(ip, idx, 0o644)
		_, err := Open(ctx, s.Dir)
		if err == nil || !strings.Contains(err.Error(), gen) {
			t.Errorf("%s: Open = %v, want an error naming the file", name, err)
		}
	}
	os.WriteFile(ip, orig, 0o644)
	// A damaged record is an error of the lookup that reads it.
	rp := filepath.Join(s.Dir, gen, recordsFile)
	recs, _ := os.ReadFile(rp)
	os.WriteFile(rp, bytes.Repeat([]byte("x"), len(recs)), 0o644)
	db := open(t, s.Dir)
	if _, err := db.Lookup("foo-bar"); err == nil || !strings.Contains(err.Error(), recordsFile) {
		t.Errorf("Lookup of a damaged record = %v", err)
	}
}

func TestConcurrentImports(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	root, _ := filepath.Abs("testdata")
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(filepath.Join(root, "pypa"), link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	errs := make(chan error, 2)
	for _, src := range []string{"testdata/records", link} {
		go func() {
			s := &Store{Dir: dir}
			for range 5 {
				if _, err := s.Import(ctx, src); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	db := open(t, dir)
	if st := db.Status(); st.Records != 5 && st.Records != 1 {
		t.Errorf("status after concurrent imports: %+v", st)
	}
	gens, _ := filepath.Glob(filepath.Join(dir, genPrefix+"*"))
	if cur, _ := readCurrent(dir); len(gens) != 1 || filepath.Base(gens[0]) != cur {
		t.Errorf("generations %v, current %s", gens, cur)
	}
}
