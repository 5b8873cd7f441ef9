package typosquat

import (
	"fmt"
	"time"

	"github.com/krait-dev/krait/internal/finding"
)

// Metadata is what a package index says about the candidate project, for
// Gate. The caller fetches it; this package does no I/O.
type Metadata struct {
	// FirstRelease is the upload time of the candidate's first release
	// (zero when unknown).
	FirstRelease time.Time
	// HaveDownloads says Downloads and TargetDownloads are known.
	HaveDownloads bool
	// Downloads and TargetDownloads are counts over the same period (for
	// example the last 30 days) for the candidate and the target. When
	// TargetDownloads is 0 the Match's TargetDownloads is used.
	Downloads, TargetDownloads int64
	// SharedMaintainer: the two projects have a maintainer in common.
	SharedMaintainer bool
	// SharedRepository: the two projects name the same source repository.
	SharedRepository bool
}

// GateOptions tune Gate. The zero value gives the defaults.
type GateOptions struct {
	// Now is the reference time (default time.Now()).
	Now time.Time
	// YoungAge: a first release younger than this is young (default 90
	// days).
	YoungAge time.Duration
	// OldAge: a first release older than this is established (default two
	// years).
	OldAge time.Duration
	// TinyShare: downloads below this fraction of the target's are tiny
	// (default 0.01).
	TinyShare float64
	// LargeShare: downloads at or above this fraction of the target's mean
	// the project is used in its own right (default 0.1).
	LargeShare float64
}

func (o GateOptions) withDefaults() GateOptions {
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	if o.YoungAge <= 0 {
		o.YoungAge = 90 * 24 * time.Hour
	}
	if o.OldAge <= 0 {
		o.OldAge = 2 * 365 * 24 * time.Hour
	}
	if o.TinyShare <= 0 {
		o.TinyShare = 0.01
	}
	if o.LargeShare <= 0 {
		o.LargeShare = 0.1
	}
	return o
}

// Gate adjusts an offline match with registry metadata and returns it with
// Severity and Reason set:
//
//   - a shared maintainer or repository means the same publisher: Low;
//   - young (first release within YoungAge) and tiny (downloads below
//     TinyShare of the target's) with nothing shared: High — the only way a
//     name check reaches High;
//   - established (older than OldAge, or downloads at least LargeShare of
//     the target's): one level lower (Medium → Low);
//   - otherwise unchanged.
//
// Score is scaled the same way, so sorted output stays consistent.
func Gate(m Match, md Metadata, opts GateOptions) Match {
	o := opts.withDefaults()
	if md.SharedMaintainer || md.SharedRepository {
		m.Severity = finding.Low
		m.Score *= 0.5
		m.Reason = "shares a maintainer or repository with " + m.Target
		return m
	}
	known := !md.FirstRelease.IsZero()
	age := o.Now.Sub(md.FirstRelease)
	young := known && age < o.YoungAge
	old := known && age >= o.OldAge
	target := md.TargetDownloads
	if target == 0 {
		target = m.TargetDownloads
	}
	share := -1.0
	if md.HaveDownloads && target > 0 {
		share = float64(md.Downloads) / float64(target)
	}
	tiny := share >= 0 && share < o.TinyShare
	large := share >= o.LargeShare
	switch {
	case young && tiny:
		m.Severity = finding.High
		m.Score = min(1, m.Score+0.3)
		m.Reason = fmt.Sprintf("first release %d days ago and %.2g%% of %s's downloads", int(age.Hours()/24), 100*share, m.Target)
	case old || large:
		if m.Severity > finding.Low {
			m.Severity--
		}
		m.Score *= 0.7
		if old {
			m.Reason = fmt.Sprintf("first released %d days ago", int(age.Hours()/24))
		} else {
			m.Reason = fmt.Sprintf("%.2g%% of %s's downloads", 100*share, m.Target)
		}
	}
	return m
}
