package vulndb

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
)

// DefaultURL is OSV's bulk export of every PyPI advisory.
const DefaultURL = "https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip"

// Update downloads an OSV bulk export zip from url (DefaultURL when empty;
// a mirror otherwise) with client (http.DefaultClient when nil; its
// Timeout bounds the download), checks it and imports it as Import does.
// When the live database came from the same url, the request carries its
// ETag and Last-Modified, and a 304 answer keeps the data and only records
// the check (Report.NotModified). On any error the existing database is
// untouched.
func (s *Store) Update(ctx context.Context, client *http.Client, url string) (*Report, error) {
	if url == "" {
		url = DefaultURL
	}
	if client == nil {
		client = http.DefaultClient
	}
	if s.Dir == "" {
		return nil, errors.New("vulndb: no database directory")
	}
	if err := os.MkdirAll(s.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("vulndb: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("vulndb: update from %s: %w", url, err)
	}
	old, gen := s.currentMeta()
	if old != nil && old.Source == url {
		if old.ETag != "" {
			req.Header.Set("If-None-Match", old.ETag)
		}
		if old.LastModified != "" {
			req.Header.Set("If-Modified-Since", old.LastModified)
		}
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("vulndb: update from %s: %w", url, err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified && old != nil:
		old.CheckedAt = s.now()
		if err := writeJSONFile(filepath.Join(s.Dir, gen, metaFile), old); err != nil {
			return nil, err
		}
		return &Report{NotModified: true, Records: old.Records, Packages: old.Packages,
			Status: old.status(filepath.Join(s.Dir, gen), s.now())}, nil
	case resp.StatusCode != http.StatusOK:
		return nil, fmt.Errorf("vulndb: update from %s: %s", url, resp.Status)
	}
	lim := s.Limits.withDefaults()
	if resp.ContentLength > lim.MaxDownloadBytes {
		return nil, fmt.Errorf("vulndb: update from %s: %d bytes, more than the limit of %d", url, resp.ContentLength, lim.MaxDownloadBytes)
	}
	f, err := os.CreateTemp(s.Dir, dlPrefix+"*.zip")
	if err != nil {
		return nil, fmt.Errorf("vulndb: %w", err)
	}
	defer os.Remove(f.Name())
	n, err := io.Copy(f, io.LimitReader(resp.Body, lim.MaxDownloadBytes+1))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("vulndb: update from %s: download: %w", url, err)
	}
	if n > lim.MaxDownloadBytes {
		return nil, fmt.Errorf("vulndb: update from %s: more than the limit of %d bytes", url, lim.MaxDownloadBytes)
	}
	if resp.ContentLength >= 0 && n != resp.ContentLength {
		return nil, fmt.Errorf("vulndb: update from %s: download truncated (%d of %d bytes)", url, n, resp.ContentLength)
	}
	if !hasZipSignature(f.Name()) {
		return nil, fmt.Errorf("vulndb: update from %s: the response is not a zip archive", url)
	}
	return s.importFrom(ctx, f.Name(), meta{
		Source:       url,
		SourceKind:   "url",
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
	})
}
