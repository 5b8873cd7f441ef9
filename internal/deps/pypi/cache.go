package pypi

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/krait-dev/krait/internal/httpclient"
)

// cacheVersion names the layout of cache files; a change of layout uses a
// new directory instead of misreading old files.
const cacheVersion = "http-v1"

// cache stores responses as files: one line of JSON metadata, then the
// body. Files are replaced atomically (write to a temporary file, rename),
// so concurrent krait processes never see a torn entry.
type cache struct {
	dir string
}

// entryMeta is the first line of a cache file.
type entryMeta struct {
	URL         string    `json:"url"`       // the URL asked
	FinalURL    string    `json:"final_url"` // after redirects: the base for relative links
	Accept      string    `json:"accept"`
	ETag        string    `json:"etag,omitempty"`
	ContentType string    `json:"content_type,omitempty"`
	Fetched     time.Time `json:"fetched"`             // last time the server confirmed the body
	NotFound    bool      `json:"not_found,omitempty"` // a cached 404 or 410 (no body)
	Size        int64     `json:"size"`
	SHA256      string    `json:"sha256"` // of the body, checked on read
}

func newCache(dir string) (*cache, error) {
	d := filepath.Join(dir, cacheVersion)
	if err := os.MkdirAll(d, 0o755); err != nil {
		return nil, fmt.Errorf("cache directory: %w", err)
	}
	return &cache{dir: d}, nil
}

func (c *cache) path(u, accept string) string {
	sum := sha256.Sum256([]byte(accept + "\x00" + u))
	return filepath.Join(c.dir, hex.EncodeToString(sum[:16])+".cache")
}

// load returns a cached response, or nil when there is none or it is
// damaged (a damaged entry is treated as missing and later overwritten).
func (c *cache) load(u, accept string, maxBytes int64) (*entryMeta, []byte) {
	f, err := os.Open(c.path(u, accept))
	if err != nil {
		return nil, nil
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 4096)
	line, err := br.ReadSlice('\n') // bounded by the buffer: ErrBufferFull on a long line
	if err != nil {
		return nil, nil
	}
	var m entryMeta
	if json.Unmarshal(line, &m) != nil || m.URL != u || m.Accept != accept || m.Size < 0 || m.Size > maxBytes {
		return nil, nil
	}
	body := make([]byte, m.Size)
	if _, err := io.ReadFull(br, body); err != nil {
		return nil, nil
	}
	sum := sha256.Sum256(body)
	if hex.EncodeToString(sum[:]) != m.SHA256 {
		return nil, nil
	}
	return &m, body
}

// store writes an entry; failures to write the cache are not fatal to a
// fetch and are returned for the caller to ignore or report.
func (c *cache) store(m *entryMeta, body []byte) error {
	m.Size = int64(len(body))
	sum := sha256.Sum256(body)
	m.SHA256 = hex.EncodeToString(sum[:])
	line, err := json.Marshal(m)
	if err != nil {
		return err
	}
	final := c.path(m.URL, m.Accept)
	tmp, err := os.CreateTemp(c.dir, "tmp-*")
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	var buf bytes.Buffer
	buf.Write(line)
	buf.WriteByte('\n')
	_, werr := tmp.Write(buf.Bytes())
	if werr == nil {
		_, werr = tmp.Write(body)
	}
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), final)
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cache %s: %w", final, werr)
	}
	return nil
}

// response is a fetched (or cached) body with the URL it came from.
type response struct {
	body        []byte
	url         string // final URL, for resolving relative links
	contentType string
}

// get fetches u with the given Accept header through the cache.
func (c *Client) get(ctx context.Context, u, accept string) (*response, error) {
	var meta *entryMeta
	var cached []byte
	if c.cache != nil {
		meta, cached = c.cache.load(u, accept, c.maxBytes)
	}
	if meta != nil && (c.offline || (c.maxAge > 0 && c.now().Sub(meta.Fetched) < c.maxAge)) {
		if meta.NotFound {
			return nil, &NotFoundError{Name: u, URL: u}
		}
		return &response{body: cached, url: meta.FinalURL, contentType: meta.ContentType}, nil
	}
	stale, staleBody := meta, cached
	if meta != nil && meta.NotFound {
		meta = nil // a stale 404 is asked again without a validator
	}
	if c.offline {
		return nil, fmt.Errorf("%s: not in the cache: %w", u, &httpclient.OfflineError{Host: hostOf(u)})
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", u, err)
	}
	req.Header.Set("Accept", accept)
	if meta != nil && meta.ETag != "" {
		req.Header.Set("If-None-Match", meta.ETag)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		// An offline HTTP client with a cache entry: use it, as if
		// Options.Offline had been set.
		if stale != nil && httpclient.IsOffline(err) {
			if stale.NotFound {
				return nil, &NotFoundError{Name: u, URL: u}
			}
			return &response{body: staleBody, url: stale.FinalURL, contentType: stale.ContentType}, nil
		}
		return nil, err // a *url.Error, which names the URL
	}
	final := u
	if resp.Request != nil && resp.Request.URL != nil {
		final = resp.Request.URL.String()
	}
	switch {
	case resp.StatusCode == http.StatusNotModified && meta != nil:
		resp.Body.Close()
		meta.Fetched = c.now()
		_ = c.cache.store(meta, cached)
		return &response{body: cached, url: meta.FinalURL, contentType: meta.ContentType}, nil
	case resp.StatusCode == http.StatusOK:
		body, err := httpclient.ReadBody(resp, c.maxBytes)
		if err != nil {
			return nil, err
		}
		ct := resp.Header.Get("Content-Type")
		if c.cache != nil {
			_ = c.cache.store(&entryMeta{
				URL: u, FinalURL: final, Accept: accept,
				ETag: resp.Header.Get("ETag"), ContentType: ct, Fetched: c.now(),
			}, body)
		}
		return &response{body: body, url: final, contentType: ct}, nil
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
		resp.Body.Close()
		if c.cache != nil {
			// Remembered for MaxAge, so a private project missing from a
			// public index is not asked for on every run, and offline runs
			// know the index does not have it.
			_ = c.cache.store(&entryMeta{URL: u, FinalURL: final, Accept: accept, Fetched: c.now(), NotFound: true}, nil)
		}
		return nil, &NotFoundError{Name: u, URL: u}
	default:
		resp.Body.Close()
		return nil, &StatusError{URL: u, Code: resp.StatusCode}
	}
}
