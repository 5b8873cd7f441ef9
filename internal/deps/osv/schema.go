// Package osv reads advisories in the OSV schema
// (https://ossf.github.io/osv-schema/) and matches them against PyPI
// package versions.
package osv

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Range types of the OSV schema.
const (
	RangeEcosystem = "ECOSYSTEM"
	RangeSemver    = "SEMVER"
	RangeGit       = "GIT"
)

// EcosystemPyPI is the ecosystem name OSV uses for the Python Package Index.
const EcosystemPyPI = "PyPI"

// Vulnerability is one OSV record.
type Vulnerability struct {
	SchemaVersion    string          `json:"schema_version,omitempty"`
	ID               string          `json:"id"`
	Modified         time.Time       `json:"modified"`
	Published        *time.Time      `json:"published,omitempty"`
	Withdrawn        *time.Time      `json:"withdrawn,omitempty"`
	Aliases          []string        `json:"aliases,omitempty"`
	Related          []string        `json:"related,omitempty"`
	Upstream         []string        `json:"upstream,omitempty"`
	Summary          string          `json:"summary,omitempty"`
	Details          string          `json:"details,omitempty"`
	Severity         []Severity      `json:"severity,omitempty"`
	Affected         []Affected      `json:"affected,omitempty"`
	References       []Reference     `json:"references,omitempty"`
	Credits          []Credit        `json:"credits,omitempty"`
	DatabaseSpecific json.RawMessage `json:"database_specific,omitempty"`
}

// Severity is a severity score: a CVSS vector or an ecosystem rating.
type Severity struct {
	Type  string `json:"type"`  // CVSS_V2, CVSS_V3, CVSS_V4, Ubuntu
	Score string `json:"score"` // the vector string, or a rating
}

// Affected names one package and the versions of it an advisory covers.
type Affected struct {
	Package           Package         `json:"package"`
	Severity          []Severity      `json:"severity,omitempty"`
	Ranges            []Range         `json:"ranges,omitempty"`
	Versions          []string        `json:"versions,omitempty"`
	EcosystemSpecific json.RawMessage `json:"ecosystem_specific,omitempty"`
	DatabaseSpecific  json.RawMessage `json:"database_specific,omitempty"`
}

// Package identifies a package in an ecosystem.
type Package struct {
	Ecosystem string `json:"ecosystem"`
	Name      string `json:"name"`
	PURL      string `json:"purl,omitempty"`
}

// Range is a list of events over versions (ECOSYSTEM, SEMVER) or commits (GIT).
type Range struct {
	Type             string          `json:"type"`
	Repo             string          `json:"repo,omitempty"`
	Events           []Event         `json:"events"`
	DatabaseSpecific json.RawMessage `json:"database_specific,omitempty"`
}

// Event is one point of a Range; exactly one field is set.
type Event struct {
	Introduced   string `json:"introduced,omitempty"`
	Fixed        string `json:"fixed,omitempty"`
	LastAffected string `json:"last_affected,omitempty"`
	Limit        string `json:"limit,omitempty"`
}

// Reference is a link about the vulnerability.
type Reference struct {
	Type string `json:"type"`
	URL  string `json:"url"`
}

// Credit names someone credited for the advisory.
type Credit struct {
	Name    string   `json:"name"`
	Contact []string `json:"contact,omitempty"`
	Type    string   `json:"type,omitempty"`
}

// Parse decodes one OSV record and checks the fields matching relies on:
// an id, and for every affected entry a package name and ranges whose
// events each set exactly one field. It does not normalise anything.
func Parse(data []byte) (*Vulnerability, error) {
	var v Vulnerability
	if err := json.Unmarshal(data, &v); err != nil {
		return nil, fmt.Errorf("osv: %w", err)
	}
	if err := v.Validate(); err != nil {
		return nil, err
	}
	return &v, nil
}

// Validate reports the first structural problem of the record, or nil.
func (v *Vulnerability) Validate() error {
	if v.ID == "" {
		return errors.New("osv: record has no id")
	}
	for i, a := range v.Affected {
		if a.Package.Name == "" {
			return fmt.Errorf("osv: %s: affected[%d] has no package name", v.ID, i)
		}
		for j, r := range a.Ranges {
			if r.Type == "" {
				return fmt.Errorf("osv: %s: affected[%d].ranges[%d] has no type", v.ID, i, j)
			}
			for k, e := range r.Events {
				n := 0
				for _, s := range []string{e.Introduced, e.Fixed, e.LastAffected, e.Limit} {
					if s != "" {
						n++
					}
				}
				if n != 1 {
					return fmt.Errorf("osv: %s: affected[%d].ranges[%d].events[%d] must set exactly one of introduced, fixed, last_affected, limit", v.ID, i, j, k)
				}
			}
		}
	}
	return nil
}
