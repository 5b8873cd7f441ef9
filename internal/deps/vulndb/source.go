package vulndb

import (
	"archive/zip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Limits bound what Import and Update read, so a hostile or broken archive
// cannot exhaust memory or disk. The zero value of a field means its
// default (DefaultLimits).
type Limits struct {
	// MaxEntries is the most entries (files) a source may hold; more
	// aborts the import.
	MaxEntries int
	// MaxTotalBytes is the most uncompressed bytes read from a source in
	// all; more aborts the import.
	MaxTotalBytes int64
	// MaxFileBytes is the largest single record; a larger entry is
	// skipped with a warning.
	MaxFileBytes int64
	// MaxRatio is the largest uncompressed/compressed ratio of a zip
	// entry at least RatioMinBytes long; a larger one is skipped with a
	// warning (a zip bomb).
	MaxRatio int64
	// RatioMinBytes is the size from which MaxRatio applies (small JSON
	// files compress very well without being bombs).
	RatioMinBytes int64
	// MaxDownloadBytes is the largest archive Update downloads.
	MaxDownloadBytes int64
}

// DefaultLimits are the limits used for zero fields of Limits. The full
// OSV PyPI export (all.zip) has some 20,000 entries and a few hundred MB
// uncompressed; the largest records are well under 1 MiB.
func DefaultLimits() Limits {
	return Limits{
		MaxEntries:       500_000,
		MaxTotalBytes:    4 << 30,
		MaxFileBytes:     16 << 20,
		MaxRatio:         200,
		RatioMinBytes:    1 << 20,
		MaxDownloadBytes: 1 << 30,
	}
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	if l.MaxEntries > 0 {
		d.MaxEntries = l.MaxEntries
	}
	if l.MaxTotalBytes > 0 {
		d.MaxTotalBytes = l.MaxTotalBytes
	}
	if l.MaxFileBytes > 0 {
		d.MaxFileBytes = l.MaxFileBytes
	}
	if l.MaxRatio > 0 {
		d.MaxRatio = l.MaxRatio
	}
	if l.RatioMinBytes > 0 {
		d.RatioMinBytes = l.RatioMinBytes
	}
	if l.MaxDownloadBytes > 0 {
		d.MaxDownloadBytes = l.MaxDownloadBytes
	}
	return d
}

// errLimit marks a violated whole-source limit (entry count, total size):
// the import aborts.
var errLimit = errors.New("limit exceeded")

// entryFunc receives one candidate record: its name inside the source and
// its bytes, or skip set to why it was not read.
type entryFunc func(name string, data []byte, skip error) error

// isRecordName reports whether a file name looks like an OSV record.
func isRecordName(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".json" || ext == ".yaml" || ext == ".yml"
}

// unsafeEntryName reports why a zip entry name is not a plain relative
// path, or "".
func unsafeEntryName(name string) string {
	switch {
	case name == "":
		return "empty name"
	case strings.ContainsRune(name, 0):
		return "NUL in name"
	case strings.Contains(name, `\`):
		return "backslash in name"
	case strings.HasPrefix(name, "/"):
		return "absolute path"
	case len(name) >= 2 && name[1] == ':':
		return "drive letter in name"
	}
	for _, el := range strings.Split(name, "/") {
		if el == ".." {
			return "parent directory in name"
		}
	}
	return ""
}

// walkZip calls fn for every record entry of the zip archive r (named
// src in errors). It never writes entries to disk; names are checked only
// so warnings are honest about what the archive holds.
func walkZip(ctx context.Context, src string, r *zip.Reader, lim Limits, fn entryFunc) error {
	if len(r.File) > lim.MaxEntries {
		return fmt.Errorf("%s: %d entries: %w (at most %d)", src, len(r.File), errLimit, lim.MaxEntries)
	}
	var total int64
	for _, f := range r.File {
		if err := ctx.Err(); err != nil {
			return err
		}
		name := f.Name
		if strings.HasSuffix(name, "/") || f.Mode().IsDir() {
			continue
		}
		if why := unsafeEntryName(name); why != "" {
			if err := fn(name, nil, fmt.Errorf("unsafe entry name: %s", why)); err != nil {
				return err
			}
			continue
		}
		if !isRecordName(name) {
			continue
		}
		if !f.Mode().IsRegular() {
			if err := fn(name, nil, errors.New("not a regular file")); err != nil {
				return err
			}
			continue
		}
		size := f.UncompressedSize64
		if size > uint64(lim.MaxFileBytes) {
			if err := fn(name, nil, fmt.Errorf("%d bytes uncompressed, more than the limit of %d", size, lim.MaxFileBytes)); err != nil {
				return err
			}
			continue
		}
		if int64(size) >= lim.RatioMinBytes && (f.CompressedSize64 == 0 || size/f.CompressedSize64 > uint64(lim.MaxRatio)) {
			if err := fn(name, nil, fmt.Errorf("compression ratio above %d (a zip bomb?)", lim.MaxRatio)); err != nil {
				return err
			}
			continue
		}
		if total+int64(size) > lim.MaxTotalBytes {
			return fmt.Errorf("%s: more than %d bytes uncompressed: %w", src, lim.MaxTotalBytes, errLimit)
		}
		data, err := readZipEntry(f, lim.MaxFileBytes)
		if err != nil {
			return fmt.Errorf("%s: entry %s: %w", src, name, err)
		}
		total += int64(len(data))
		if err := fn(name, data, nil); err != nil {
			return err
		}
	}
	return nil
}

// readZipEntry reads one entry, never more than max bytes whatever its
// header claims; a mismatch between header and data is an error.
func readZipEntry(f *zip.File, max int64) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max || uint64(len(data)) != f.UncompressedSize64 {
		return nil, fmt.Errorf("size does not match its header (%d bytes read, %d declared)", len(data), f.UncompressedSize64)
	}
	return data, nil
}

// walkDir calls fn for every record file under root. When root holds a
// "vulns" directory (the PyPA advisory-database layout) only that is
// read. Hidden directories are skipped and symbolic links are not
// followed.
func walkDir(ctx context.Context, root string, lim Limits, fn entryFunc) error {
	start := root
	if fi, err := os.Stat(filepath.Join(root, "vulns")); err == nil && fi.IsDir() {
		start = filepath.Join(root, "vulns")
	}
	var n int
	var total int64
	return filepath.WalkDir(start, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if p != start && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if !isRecordName(d.Name()) {
			return nil
		}
		n++
		if n > lim.MaxEntries {
			return fmt.Errorf("%s: more than %d files: %w", root, lim.MaxEntries, errLimit)
		}
		if !d.Type().IsRegular() {
			return fn(rel, nil, errors.New("not a regular file (symbolic links are not followed)"))
		}
		fi, err := d.Info()
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		if fi.Size() > lim.MaxFileBytes {
			return fn(rel, nil, fmt.Errorf("%d bytes, more than the limit of %d", fi.Size(), lim.MaxFileBytes))
		}
		if total+fi.Size() > lim.MaxTotalBytes {
			return fmt.Errorf("%s: more than %d bytes: %w", root, lim.MaxTotalBytes, errLimit)
		}
		data, err := readFileLimited(p, lim.MaxFileBytes)
		if err != nil {
			return fn(rel, nil, err)
		}
		total += int64(len(data))
		return fn(rel, data, nil)
	})
}

func readFileLimited(p string, max int64) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("more than the limit of %d bytes", max)
	}
	return data, nil
}
