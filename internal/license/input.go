package license

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/krait-dev/krait/internal/deps/installed"
)

// ReadDistInfo builds the Input of an installed distribution from its
// metadata directory: dir is the .dist-info (METADATA) or .egg-info
// (PKG-INFO) directory and name says how to show it in evidence. The
// metadata is read with installed.ParseMetadata; the License-File
// headers, which that reader does not keep, are read here. A distutils
// .egg-info that is a file rather than a directory has no license files:
// parse it with installed.ParseMetadata and use FromMetadata.
func ReadDistInfo(dir fs.FS, name string) (Input, error) {
	var (
		data []byte
		err  error
	)
	for _, f := range []string{"METADATA", "PKG-INFO"} {
		data, err = readMetadataFile(dir, f)
		if err == nil {
			break
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return Input{}, fmt.Errorf("%s/%s: %w", name, f, err)
		}
	}
	if err != nil {
		return Input{}, fmt.Errorf("%s: no METADATA or PKG-INFO: %w", name, err)
	}
	md, err := installed.ParseMetadata(bytes.NewReader(markBlankContinuations(data)))
	if err != nil {
		return Input{}, fmt.Errorf("%s: metadata: %w", name, err)
	}
	md.License = strings.ReplaceAll(md.License, blankMark, "")
	in := FromMetadata(md)
	in.LicenseFiles = licenseFileHeaders(data)
	in.Files, in.Dir = dir, name
	return in, nil
}

func readMetadataFile(dir fs.FS, name string) ([]byte, error) {
	f, err := dir.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, installed.MaxMetadataSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > installed.MaxMetadataSize {
		return nil, installed.ErrTooLarge
	}
	return data, nil
}

// FromMetadata builds an Input from parsed core metadata, without files.
func FromMetadata(md installed.Metadata) Input {
	return Input{
		Name:              md.Name,
		Version:           md.Version,
		LicenseExpression: md.LicenseExpression,
		License:           md.License,
		Classifiers:       md.Classifiers,
	}
}

// blankMark stands for an empty continuation line while the metadata goes
// through installed.ParseMetadata.
const blankMark = "\x00"

// markBlankContinuations works around installed.ParseMetadata ending the
// header block at a line of only spaces or tabs. Such a line is a
// continuation for Python's email parser (and so for pip and
// importlib.metadata), and setuptools writes one for each blank line of a
// multi-line License field: without this, the License text is cut at its
// first blank line and every header after it (Classifier,
// License-Expression) is lost. The block ends at a truly empty line.
func markBlankContinuations(data []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(data) + 64)
	rest := data
	for len(rest) > 0 {
		line, tail, found := bytes.Cut(rest, []byte("\n"))
		body := bytes.TrimSuffix(line, []byte("\r"))
		if len(body) == 0 {
			out.Write(rest) // the body starts: copy it as it is
			return out.Bytes()
		}
		if len(bytes.TrimLeft(body, " \t")) == 0 {
			line = []byte(" " + blankMark)
		}
		out.Write(line)
		if found {
			out.WriteByte('\n')
		}
		rest = tail
	}
	return out.Bytes()
}

// licenseFileHeaders returns the License-File values of the header block.
func licenseFileHeaders(data []byte) []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	sc.Buffer(make([]byte, 0, 64<<10), installed.MaxMetadataSize+1)
	for sc.Scan() {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			break
		}
		k, v, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(k, "License-File") {
			if v = strings.TrimSpace(v); v != "" {
				out = append(out, v)
			}
		}
	}
	return out
}

// PyPIInfo holds the license fields of the "info" object of the PyPI JSON
// API (https://pypi.org/pypi/NAME/VERSION/json).
type PyPIInfo struct {
	Name              string   `json:"name"`
	Version           string   `json:"version"`
	License           string   `json:"license"`
	LicenseExpression string   `json:"license_expression"`
	LicenseFiles      []string `json:"license_files"`
	Classifiers       []string `json:"classifiers"`
}

// FromPyPI builds an Input from PyPI JSON metadata. There are no files to
// read, so License-File entries are recorded as evidence only.
func FromPyPI(info PyPIInfo) Input {
	return Input{
		Name:              info.Name,
		Version:           info.Version,
		LicenseExpression: info.LicenseExpression,
		License:           info.License,
		Classifiers:       info.Classifiers,
		LicenseFiles:      info.LicenseFiles,
	}
}
