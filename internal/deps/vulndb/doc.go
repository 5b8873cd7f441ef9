// Package vulndb is krait's local OSV database, for offline dependency
// audits.
//
// A Store imports advisories (Store.Import: an OSV bulk export zip, a
// directory of OSV JSON records, the PyPA advisory-database layout of
// OSV records written as YAML) or downloads OSV's bulk export
// (Store.Update, with conditional re-download). Open gives a DB that finds
// the advisories of a PyPI project (DB.Lookup), an advisory by id or alias
// (DB.ByID) and malicious-package advisories (DB.Malicious,
// DB.MaliciousPackages). Version matching is package osv's job.
//
// # On-disk format (format 1)
//
//	DIR/CURRENT                 name of the live generation ("gen-…\n")
//	DIR/gen-…/records.jsonl     the records, one compact OSV JSON object a line
//	DIR/gen-…/index.bin         where each record is, by id, name and alias
//	DIR/gen-…/meta.json         source, times, validators, counts, skipped files
//	DIR/tmp-…, DIR/download-…   an import or download in progress
//	DIR/LOCK                    held while an import switches generations
//
// records.jsonl holds each accepted record as json.Compact made it from
// the source (YAML records converted to JSON first; unknown fields kept),
// followed by a newline, so the file is also readable with grep or jq.
//
// index.bin is a little-endian binary index searched in place, without
// decoding: a 32-byte header (magic "KRAITIDX", format version, the
// counts of records, names, aliases, list entries and string bytes), then
// a table of records sorted by id (offset and length in records.jsonl,
// flags withdrawn and MAL-, the id), a table of the PEP 503 normalised
// names of every affected entry of ecosystem PyPI, sorted, each with a
// slice of a shared list of record numbers, the same for aliases, the
// lists, and the string bytes. Open reads index.bin in one go and checks
// every offset and count against the section sizes and the size of
// records.jsonl, so a damaged file is an error at Open and never an
// out-of-range read later; lookups are binary searches (no per-name
// allocation) and read and decode only the records they return, with one
// ReadAt each. Withdrawn records stay in the files (ByID finds them) but
// Lookup and Malicious leave them out.
//
// An import writes a complete new generation into DIR/tmp-…, renames it
// to DIR/gen-…, then replaces CURRENT through a temporary file and a
// rename, so readers see the old or the new database and never a mix, and
// a failed or interrupted import leaves the old one in place. Older
// generations are removed afterwards (best effort: a process still
// reading one keeps its open file).
//
// Sources are read with limits (Limits) on entry count, total and
// per-file size and compression ratio; entries are never extracted to
// disk. Malformed records, unsafe entry names and oversized entries are
// skipped with a Warning naming the file; a corrupt archive, a violated
// whole-source limit or a source without any valid record fails the
// import.
package vulndb
