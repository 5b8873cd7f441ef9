package vulndb

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/krait-dev/krait/internal/deps/osv"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

// meta is the content of meta.json.
type meta struct {
	Format       int       `json:"format"`
	Source       string    `json:"source"`
	SourceKind   string    `json:"source_kind"`
	ImportedAt   time.Time `json:"imported_at"`
	CheckedAt    time.Time `json:"checked_at"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Records      int       `json:"records"`
	Packages     int       `json:"packages"`
	Skipped      int       `json:"skipped"`
	Withdrawn    int       `json:"withdrawn"`
	Malicious    int       `json:"malicious"`
	SkippedFiles []Warning `json:"skipped_files,omitempty"`
}

// Status describes a database: where its data came from, when, and what
// it holds.
type Status struct {
	// Dir is the directory of the live generation.
	Dir string `json:"dir"`
	// Source is the URL (Update) or absolute path (Import) imported.
	Source string `json:"source"`
	// SourceKind is "url", "zip", "directory" or "file".
	SourceKind string `json:"source_kind"`
	// ImportedAt is when the data was imported.
	ImportedAt time.Time `json:"imported_at"`
	// CheckedAt is the last time the data was known current: the import,
	// or a later Update the server answered with 304 Not Modified.
	CheckedAt time.Time `json:"checked_at"`
	// Age is the time since CheckedAt when the status was taken.
	Age time.Duration `json:"age"`
	// ETag and LastModified are the validators of the downloaded archive,
	// sent back by the next Update.
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	// Records counts distinct advisories, Withdrawn and Malicious (MAL-
	// ids) those of them that are so.
	Records   int `json:"records"`
	Withdrawn int `json:"withdrawn"`
	Malicious int `json:"malicious"`
	// Packages counts the distinct normalised PyPI names indexed.
	Packages int `json:"packages"`
	// Skipped counts the files the import skipped; SkippedFiles names the
	// first thousand of them with the reason.
	Skipped      int       `json:"skipped"`
	SkippedFiles []Warning `json:"skipped_files,omitempty"`
}

func (m *meta) status(dir string, now time.Time) Status {
	return Status{
		Dir: dir, Source: m.Source, SourceKind: m.SourceKind,
		ImportedAt: m.ImportedAt, CheckedAt: m.CheckedAt, Age: now.Sub(m.CheckedAt),
		ETag: m.ETag, LastModified: m.LastModified,
		Records: m.Records, Withdrawn: m.Withdrawn, Malicious: m.Malicious,
		Packages: m.Packages, Skipped: m.Skipped, SkippedFiles: m.SkippedFiles,
	}
}

// DB is an open database. It is safe for concurrent use.
type DB struct {
	dir  string
	meta meta
	idx  *binIndex
	f    *os.File
}

// Open opens the database of dir. It reads the index (names, ids and
// aliases) into memory; records are read from disk on demand. A directory
// without a database gives an error wrapping ErrNoDatabase.
func Open(ctx context.Context, dir string) (*DB, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	gen, err := readCurrent(dir)
	if err != nil {
		return nil, err
	}
	gdir := filepath.Join(dir, gen)
	db := &DB{dir: gdir}
	if err := readJSONFile(filepath.Join(gdir, metaFile), &db.meta); err != nil {
		return nil, err
	}
	rp := filepath.Join(gdir, recordsFile)
	f, err := os.Open(rp)
	if err != nil {
		return nil, fmt.Errorf("vulndb: %w", err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("vulndb: %w", err)
	}
	ip := filepath.Join(gdir, indexFile)
	data, err := os.ReadFile(ip)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("vulndb: %w", err)
	}
	db.idx, err = decodeIndex(data, fi.Size())
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("vulndb: %s: %w (corrupt database; re-import it)", ip, err)
	}
	db.f = f
	return db, nil
}

func readJSONFile(p string, v any) error {
	data, err := os.ReadFile(p)
	if err != nil {
		return fmt.Errorf("vulndb: %w", err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("vulndb: %s: %w", p, err)
	}
	return nil
}

// Close releases the records file.
func (db *DB) Close() error { return db.f.Close() }

// Status reports where the data came from and what it holds.
func (db *DB) Status() Status { return db.meta.status(db.dir, time.Now().UTC()) }

// record reads the i-th record of the index.
func (db *DB) record(i int) (*osv.Vulnerability, error) {
	r := db.idx.record(i)
	buf := make([]byte, r.Len)
	if _, err := db.f.ReadAt(buf, r.Off); err != nil {
		return nil, fmt.Errorf("vulndb: %s: %s: %w", db.f.Name(), r.ID, err)
	}
	v, err := osv.Parse(buf)
	if err != nil {
		return nil, fmt.Errorf("vulndb: %s: %s: %w", db.f.Name(), r.ID, err)
	}
	return v, nil
}

func (db *DB) records(is []int, keep func(indexRecord) bool) ([]*osv.Vulnerability, error) {
	var out []*osv.Vulnerability
	for _, i := range is {
		if !keep(db.idx.record(i)) {
			continue
		}
		v, err := db.record(i)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// Lookup returns the advisories affecting the PyPI project name (in any
// spelling; it is normalised with pep503.Normalize), sorted by id.
// Withdrawn advisories are left out; ByID still finds them. Matching
// versions is the caller's job (package osv).
func (db *DB) Lookup(name string) ([]*osv.Vulnerability, error) {
	return db.records(db.idx.packages(pep503.Normalize(name)), func(r indexRecord) bool { return !r.Withdrawn })
}

// ByID returns the advisories whose id or alias is id: the advisory with
// that id, else every advisory listing it as an alias (one CVE may have
// several PYSEC and GHSA advisories), sorted by id. Withdrawn advisories
// are included (check Withdrawn). None is (nil, nil).
func (db *DB) ByID(id string) ([]*osv.Vulnerability, error) {
	if i := db.idx.findRecord(id); i >= 0 {
		v, err := db.record(i)
		if err != nil {
			return nil, err
		}
		return []*osv.Vulnerability{v}, nil
	}
	return db.records(db.idx.alias(id), func(indexRecord) bool { return true })
}

// Malicious returns the MAL- (malicious package) advisories of the PyPI
// project name, sorted by id, withdrawn ones left out.
func (db *DB) Malicious(name string) ([]*osv.Vulnerability, error) {
	return db.records(db.idx.packages(pep503.Normalize(name)), func(r indexRecord) bool {
		return !r.Withdrawn && isMalicious(r.ID)
	})
}

// MaliciousPackages returns the sorted normalised names of every PyPI
// project with a live MAL- advisory.
func (db *DB) MaliciousPackages() []string { return db.idx.maliciousNames() }

// Has reports whether the PyPI project name has any advisory, withdrawn
// ones included.
func (db *DB) Has(name string) bool { return len(db.idx.packages(pep503.Normalize(name))) > 0 }

// Status reads the status of the database of s.Dir without opening the
// records. A directory without a database gives an error wrapping
// ErrNoDatabase.
func (s *Store) Status(ctx context.Context) (Status, error) {
	if err := ctx.Err(); err != nil {
		return Status{}, err
	}
	gen, err := readCurrent(s.Dir)
	if err != nil {
		return Status{}, err
	}
	var m meta
	if err := readJSONFile(filepath.Join(s.Dir, gen, metaFile), &m); err != nil {
		return Status{}, err
	}
	return m.status(filepath.Join(s.Dir, gen), s.now()), nil
}

// currentMeta returns the meta data of the live generation, or nil.
func (s *Store) currentMeta() (*meta, string) {
	gen, err := readCurrent(s.Dir)
	if err != nil {
		return nil, ""
	}
	var m meta
	if err := readJSONFile(filepath.Join(s.Dir, gen, metaFile), &m); err != nil {
		return nil, ""
	}
	return &m, gen
}
