package installed

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// MaxMetadataSize is the limit on the bytes of one METADATA or PKG-INFO
// file read by Parse and ParseMetadata.
const MaxMetadataSize = 4 << 20

// MaxHeaderLines bounds the number of header lines ParseMetadata reads
// before the body.
const MaxHeaderLines = 100000

// Metadata holds the fields krait uses from core metadata (METADATA,
// PKG-INFO). Only the header block is read; the body (the description)
// is ignored.
type Metadata struct {
	Name              string
	Version           string
	License           string   // continuation lines joined with "\n"
	LicenseExpression string   // License-Expression (PEP 639)
	Classifiers       []string // Classifier, in order
	RequiresDist      []string // Requires-Dist, in order
	NameLine          int      // 1-based line of the Name header; 0 when absent
	VersionLine       int      // 1-based line of the Version header; 0 when absent
}

// ErrTooLarge is returned by ParseMetadata when the input exceeds
// MaxMetadataSize.
var ErrTooLarge = errors.New("metadata larger than the limit")

// ParseMetadata reads the RFC 822-style header block of core metadata:
// "Field: value" lines, continuation lines starting with a space or a tab,
// ending at the first blank line or at the end of input. Field names are
// matched case-insensitively; for single-valued fields the first
// occurrence wins. A line that is neither a header nor a continuation is
// an error, as is input larger than MaxMetadataSize. A UTF-8 byte-order
// mark and CRLF line endings are accepted.
func ParseMetadata(r io.Reader) (Metadata, error) {
	var md Metadata
	data, err := io.ReadAll(io.LimitReader(r, MaxMetadataSize+1))
	if err != nil {
		return md, err
	}
	if len(data) > MaxMetadataSize {
		return md, ErrTooLarge
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), MaxMetadataSize+1)
	var (
		field   string // lower-case name of the current header
		value   strings.Builder
		line    int
		start   int
		haveHdr bool
	)
	flush := func() {
		if !haveHdr {
			return
		}
		md.set(field, value.String(), start)
		value.Reset()
		haveHdr = false
	}
	for sc.Scan() {
		line++
		if line > MaxHeaderLines {
			return md, fmt.Errorf("line %d: more than %d header lines", line, MaxHeaderLines)
		}
		text := strings.TrimSuffix(sc.Text(), "\r")
		if text == "" {
			// The body starts. A line of only spaces or tabs is not the
			// separator but a continuation line, as Python's email parser
			// reads it (setuptools writes one for each blank line of a
			// multi-line License).
			break
		}
		if text[0] == ' ' || text[0] == '\t' {
			if !haveHdr {
				return md, fmt.Errorf("line %d: continuation line before any header", line)
			}
			value.WriteByte('\n')
			value.WriteString(strings.TrimSpace(text))
			continue
		}
		name, val, ok := strings.Cut(text, ":")
		if !ok || name == "" || strings.ContainsAny(name, " \t") {
			return md, fmt.Errorf("line %d: not a header: %q", line, truncate(text))
		}
		flush()
		field = strings.ToLower(name)
		value.WriteString(strings.TrimSpace(val))
		start = line
		haveHdr = true
	}
	if err := sc.Err(); err != nil {
		return md, err
	}
	flush()
	return md, nil
}

func (md *Metadata) set(field, value string, line int) {
	switch field {
	case "name":
		if md.NameLine == 0 {
			md.Name, md.NameLine = value, line
		}
	case "version":
		if md.VersionLine == 0 {
			md.Version, md.VersionLine = value, line
		}
	case "license":
		if md.License == "" {
			md.License = value
		}
	case "license-expression":
		if md.LicenseExpression == "" {
			md.LicenseExpression = value
		}
	case "classifier":
		md.Classifiers = append(md.Classifiers, value)
	case "requires-dist":
		md.RequiresDist = append(md.RequiresDist, value)
	}
}

func truncate(s string) string {
	if len(s) > 80 {
		return s[:80] + "..."
	}
	return s
}
