package vulndb

import (
	"archive/zip"
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/krait-dev/krait/internal/deps/osv"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

// File names inside a database directory; see the package documentation.
const (
	currentFile = "CURRENT"
	recordsFile = "records.jsonl"
	indexFile   = "index.bin"
	metaFile    = "meta.json"
	genPrefix   = "gen-"
	tmpPrefix   = "tmp-"
	dlPrefix    = "download-"
	lockFile    = "LOCK"

	formatVersion = 1
	// maxSkippedNames is how many skipped file names meta.json keeps.
	maxSkippedNames = 1000
	// staleTemp is the age after which an abandoned temporary directory
	// or download of another process is removed.
	staleTemp = 24 * time.Hour
	// staleLock is the age after which a commit lock is considered left
	// by a crashed process (a commit takes milliseconds).
	staleLock = time.Minute
)

// ErrNoDatabase is returned (wrapped) by Open and Store.Status when the
// directory holds no database yet.
var ErrNoDatabase = errors.New("no vulnerability database")

// Store is a database directory and how imports into it are made. The
// zero Limits mean DefaultLimits; a nil Now means time.Now.
type Store struct {
	// Dir is the database directory; it is created when missing.
	Dir string
	// Limits bound what imports read.
	Limits Limits
	// Now returns the current time (tests set it).
	Now func() time.Time
}

func (s *Store) now() time.Time {
	if s.Now != nil {
		return s.Now().UTC()
	}
	return time.Now().UTC()
}

// Warning is one file an import skipped, and why.
type Warning struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// String returns "file: reason".
func (w Warning) String() string { return w.File + ": " + w.Reason }

// Report is what an import or update did.
type Report struct {
	// NotModified is set by Update when the server answered 304 and the
	// existing database was kept.
	NotModified bool
	// Records is the number of distinct advisories imported.
	Records int
	// Packages is the number of distinct normalised PyPI names indexed.
	Packages int
	// Skipped is the number of files skipped; Warnings lists them.
	Skipped  int
	Warnings []Warning
	// Status is the database's state after the operation.
	Status Status
}

// Import replaces the database with the advisories of src: an OSV bulk
// export zip (one <ID>.json per advisory), a directory of OSV JSON or
// YAML records (read recursively; for the PyPA advisory-database layout
// only its vulns/ directory), or a single record file. Malformed records
// are skipped and reported as warnings. The new database is built beside
// the old one and switched to atomically, so on any error the existing
// database is untouched. A source with no valid record is an error.
func (s *Store) Import(ctx context.Context, src string) (*Report, error) {
	abs, err := filepath.Abs(src)
	if err != nil {
		return nil, fmt.Errorf("vulndb: %s: %w", src, err)
	}
	return s.importFrom(ctx, abs, meta{Source: abs})
}

func (s *Store) importFrom(ctx context.Context, src string, m meta) (*Report, error) {
	lim := s.Limits.withDefaults()
	fi, err := os.Stat(src)
	if err != nil {
		return nil, fmt.Errorf("vulndb: import: %w", err)
	}
	b, err := s.newBuilder()
	if err != nil {
		return nil, err
	}
	defer b.abort()
	switch {
	case fi.IsDir():
		m.SourceKind = cmp.Or(m.SourceKind, "directory")
		root := src
		if r, err := filepath.EvalSymlinks(src); err == nil {
			root = r // the walk does not follow a symbolic link, even the root
		}
		err = walkDir(ctx, root, lim, b.add)
	case isZipFile(src):
		m.SourceKind = cmp.Or(m.SourceKind, "zip")
		err = importZipFile(ctx, src, lim, b.add)
	default:
		m.SourceKind = cmp.Or(m.SourceKind, "file")
		if fi.Size() > lim.MaxFileBytes {
			return nil, fmt.Errorf("vulndb: %s: %d bytes, more than the limit of %d", src, fi.Size(), lim.MaxFileBytes)
		}
		var data []byte
		data, err = os.ReadFile(src)
		if err == nil {
			err = b.add(filepath.Base(src), data, nil)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("vulndb: import %s: %w", m.Source, err)
	}
	if b.live() == 0 {
		return nil, fmt.Errorf("vulndb: import %s: no valid OSV record found (%d files skipped)", m.Source, b.skipped)
	}
	m.ImportedAt = s.now()
	m.CheckedAt = m.ImportedAt
	rep, err := b.finish(ctx, m)
	if err != nil {
		return nil, err
	}
	return rep, nil
}

// isZipFile reports whether p is named .zip or starts with a zip
// signature (a truncated .zip must fail as a zip, not as a record).
func isZipFile(p string) bool {
	return strings.EqualFold(filepath.Ext(p), ".zip") || hasZipSignature(p)
}

// hasZipSignature reports whether p starts with a zip local-file or
// end-of-archive signature.
func hasZipSignature(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	var sig [4]byte
	if _, err := io.ReadFull(f, sig[:]); err != nil {
		return false
	}
	return bytes.Equal(sig[:], []byte("PK\x03\x04")) || bytes.Equal(sig[:], []byte("PK\x05\x06"))
}

func importZipFile(ctx context.Context, p string, lim Limits, fn entryFunc) error {
	zr, err := zip.OpenReader(p)
	if errors.Is(err, zip.ErrInsecurePath) {
		// With GODEBUG=zipinsecurepath=0 the reader is still usable;
		// walkZip reports unsafe names entry by entry.
		err = nil
	}
	if err != nil {
		return fmt.Errorf("not a readable zip archive (truncated or corrupt?): %w", err)
	}
	defer zr.Close()
	return walkZip(ctx, p, &zr.Reader, lim, fn)
}

// builder writes one new database generation into a temporary directory.
type builder struct {
	s       *Store
	tmp     string
	f       *os.File
	w       *bufio.Writer
	off     int64
	recs    []*entry
	byID    map[string]*entry
	skipped int
	warns   []Warning
	done    bool
	buf     bytes.Buffer
}

type entry struct {
	ID        string
	Off       int64
	Len       int
	Modified  time.Time
	Withdrawn bool
	Aliases   []string
	Names     []string
	dead      bool
}

func (s *Store) newBuilder() (*builder, error) {
	if s.Dir == "" {
		return nil, errors.New("vulndb: no database directory")
	}
	if err := os.MkdirAll(s.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("vulndb: %w", err)
	}
	tmp, err := os.MkdirTemp(s.Dir, tmpPrefix)
	if err != nil {
		return nil, fmt.Errorf("vulndb: %w", err)
	}
	f, err := os.Create(filepath.Join(tmp, recordsFile))
	if err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("vulndb: %w", err)
	}
	return &builder{s: s, tmp: tmp, f: f, w: bufio.NewWriterSize(f, 1<<20), byID: map[string]*entry{}}, nil
}

// abort removes the temporary directory unless finish succeeded.
func (b *builder) abort() {
	if b.done {
		return
	}
	b.f.Close()
	os.RemoveAll(b.tmp)
}

func (b *builder) warn(name, reason string) {
	b.skipped++
	b.warns = append(b.warns, Warning{File: name, Reason: reason})
}

func (b *builder) live() int { return len(b.byID) }

// add is the entryFunc of an import: it parses, checks and stores one
// record.
func (b *builder) add(name string, data []byte, skip error) error {
	if skip != nil {
		b.warn(name, skip.Error())
		return nil
	}
	if ext := strings.ToLower(filepath.Ext(name)); ext == ".yaml" || ext == ".yml" {
		j, err := yamlToJSON(data)
		if err != nil {
			b.warn(name, err.Error())
			return nil
		}
		data = j
	}
	v, err := osv.Parse(data)
	if err != nil {
		b.warn(name, err.Error())
		return nil
	}
	b.buf.Reset()
	if err := json.Compact(&b.buf, data); err != nil {
		b.warn(name, err.Error())
		return nil
	}
	e := &entry{ID: v.ID, Off: b.off, Len: b.buf.Len(), Modified: v.Modified, Withdrawn: v.Withdrawn != nil}
	for _, a := range v.Aliases {
		if a != "" && a != v.ID && !slices.Contains(e.Aliases, a) {
			e.Aliases = append(e.Aliases, a)
		}
	}
	for _, a := range v.Affected {
		if a.Package.Ecosystem != osv.EcosystemPyPI {
			continue
		}
		n := pep503.Normalize(a.Package.Name)
		if !slices.Contains(e.Names, n) {
			e.Names = append(e.Names, n)
		}
	}
	if old, ok := b.byID[v.ID]; ok {
		// The same advisory twice: keep the later modification, as OSV's
		// own exports would.
		if !e.Modified.After(old.Modified) {
			b.warn(name, fmt.Sprintf("duplicate of %s, which is as recent; kept the first", v.ID))
			return nil
		}
		old.dead = true
		b.warn(name, fmt.Sprintf("duplicate of %s; replaced the earlier, older copy", v.ID))
	}
	if b.buf.Len() >= 1<<31 || b.off >= 1<<62 {
		return fmt.Errorf("%s: record too large", name)
	}
	b.buf.WriteByte('\n')
	if _, err := b.w.Write(b.buf.Bytes()); err != nil {
		return fmt.Errorf("%s: %w", b.f.Name(), err)
	}
	b.off += int64(b.buf.Len())
	b.byID[v.ID] = e
	b.recs = append(b.recs, e)
	return nil
}

// finish writes the index and meta data, then switches CURRENT to the new
// generation.
func (b *builder) finish(ctx context.Context, m meta) (*Report, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := b.w.Flush(); err != nil {
		return nil, fmt.Errorf("vulndb: %s: %w", b.f.Name(), err)
	}
	if err := b.f.Sync(); err != nil {
		return nil, fmt.Errorf("vulndb: %s: %w", b.f.Name(), err)
	}
	if err := b.f.Close(); err != nil {
		return nil, fmt.Errorf("vulndb: %s: %w", b.f.Name(), err)
	}
	live := make([]*entry, 0, len(b.byID))
	for _, e := range b.recs {
		if !e.dead {
			live = append(live, e)
		}
	}
	slices.SortFunc(live, func(x, y *entry) int { return strings.Compare(x.ID, y.ID) })
	names := map[string]bool{}
	for _, e := range live {
		for _, n := range e.Names {
			names[n] = true
		}
		if e.Withdrawn {
			m.Withdrawn++
		}
		if isMalicious(e.ID) {
			m.Malicious++
		}
	}
	idx, err := encodeIndex(live)
	if err != nil {
		return nil, fmt.Errorf("vulndb: %s: %w", b.tmp, err)
	}
	m.Format = formatVersion
	m.Records = len(live)
	m.Packages = len(names)
	m.Skipped = b.skipped
	for _, w := range b.warns {
		if len(m.SkippedFiles) == maxSkippedNames {
			break
		}
		m.SkippedFiles = append(m.SkippedFiles, w)
	}
	if err := writeFileAtomic(filepath.Join(b.tmp, indexFile), idx); err != nil {
		return nil, err
	}
	if err := writeJSONFile(filepath.Join(b.tmp, metaFile), m); err != nil {
		return nil, err
	}
	gen := genPrefix + strings.TrimPrefix(filepath.Base(b.tmp), tmpPrefix)
	if err := b.s.commit(ctx, b.tmp, gen); err != nil {
		return nil, err
	}
	b.done = true
	return &Report{
		Records:  m.Records,
		Packages: m.Packages,
		Skipped:  b.skipped,
		Warnings: b.warns,
		Status:   m.status(filepath.Join(b.s.Dir, gen), b.s.now()),
	}, nil
}

func isMalicious(id string) bool { return strings.HasPrefix(id, "MAL-") }

// commit renames the finished temporary directory tmp to gen and points
// CURRENT at it with an atomic rename, then removes older generations.
func (s *Store) commit(ctx context.Context, tmp, gen string) error {
	unlock, err := lockDir(ctx, s.Dir)
	if err != nil {
		return err
	}
	defer unlock()
	if err := os.Rename(tmp, filepath.Join(s.Dir, gen)); err != nil {
		return fmt.Errorf("vulndb: %w", err)
	}
	if err := writeFileAtomic(filepath.Join(s.Dir, currentFile), []byte(gen+"\n")); err != nil {
		os.RemoveAll(filepath.Join(s.Dir, gen))
		return err
	}
	syncDir(s.Dir)
	s.cleanup()
	return nil
}

// cleanup removes every generation but the current one, and temporary
// files other processes abandoned. Errors are ignored: a reader may still
// hold an old generation open (on Windows that prevents removal), and the
// next import retries.
func (s *Store) cleanup() {
	cur, err := readCurrent(s.Dir)
	if err != nil {
		return
	}
	ents, err := os.ReadDir(s.Dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		name := e.Name()
		switch {
		case strings.HasPrefix(name, genPrefix) && name != cur:
			os.RemoveAll(filepath.Join(s.Dir, name))
		case strings.HasPrefix(name, tmpPrefix) || strings.HasPrefix(name, dlPrefix):
			if fi, err := e.Info(); err == nil && time.Since(fi.ModTime()) > staleTemp {
				os.RemoveAll(filepath.Join(s.Dir, name))
			}
		}
	}
}

// lockDir serialises the commits of concurrent imports into dir (two
// processes running `krait db update`), so one's cleanup cannot remove the
// generation the other is about to make current. The lock is a file
// created exclusively; one older than staleLock was left by a crashed
// process and is broken.
func lockDir(ctx context.Context, dir string) (unlock func(), err error) {
	p := filepath.Join(dir, lockFile)
	for {
		f, err := os.OpenFile(p, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
		if err == nil {
			f.Close()
			return func() { os.Remove(p) }, nil
		}
		if !errors.Is(err, os.ErrExist) {
			return nil, fmt.Errorf("vulndb: %w", err)
		}
		if fi, err := os.Stat(p); err == nil && time.Since(fi.ModTime()) > staleLock {
			os.Remove(p)
			continue
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("vulndb: waiting for %s: %w", p, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// readCurrent returns the name of the live generation of dir.
func readCurrent(dir string) (string, error) {
	p := filepath.Join(dir, currentFile)
	data, err := os.ReadFile(p)
	if errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("vulndb: %s: %w (run `krait db update` or `krait db import`)", dir, ErrNoDatabase)
	}
	if err != nil {
		return "", fmt.Errorf("vulndb: %w", err)
	}
	gen := strings.TrimSpace(string(data))
	if !strings.HasPrefix(gen, genPrefix) || strings.ContainsAny(gen, `/\`) || gen == genPrefix || len(gen) > 200 {
		return "", fmt.Errorf("vulndb: %s: corrupt (names %q)", p, gen)
	}
	return gen, nil
}

func writeJSONFile(p string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("vulndb: %s: %w", p, err)
	}
	return writeFileAtomic(p, data)
}

// writeFileAtomic writes data to p through a temporary file and a rename.
func writeFileAtomic(p string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(p), "."+filepath.Base(p)+".tmp-")
	if err != nil {
		return fmt.Errorf("vulndb: %w", err)
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, p)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("vulndb: %s: %w", p, err)
	}
	return nil
}

// syncDir flushes a directory's entries where the platform allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
