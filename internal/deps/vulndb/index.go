package vulndb

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"
)

// index.bin layout (all integers little-endian); see the package
// documentation for the overview.
//
//	header   8-byte magic "KRAITIDX", then uint32 version, records,
//	         names, aliases, list entries, string bytes (32 bytes)
//	records  per record, sorted by id: uint64 offset and uint32 length
//	         in records.jsonl, uint32 flags (1 withdrawn, 2 MAL-), uint32
//	         id offset and uint32 id length in the string area (24 bytes)
//	names    per normalised PyPI name, sorted: uint32 string offset and
//	         length, uint32 first list entry and entry count (16 bytes)
//	aliases  per alias, sorted, the same
//	lists    uint32 record numbers
//	strings  the ids, names and aliases
const (
	indexMagic   = "KRAITIDX"
	headerSize   = 32
	recordSize   = 24
	keySize      = 16
	flagWithdrwn = 1
	flagMal      = 2
)

func u32(b []byte) uint32 { return binary.LittleEndian.Uint32(b) }
func u64(b []byte) uint64 { return binary.LittleEndian.Uint64(b) }

// indexRecord is one record as the index describes it.
type indexRecord struct {
	ID        string
	Off       int64
	Len       int
	Withdrawn bool
}

// encodeIndex builds index.bin from the live records (sorted by id),
// their names and aliases.
func encodeIndex(recs []*entry) ([]byte, error) {
	var strs []byte
	addStr := func(s string) (uint32, uint32) {
		off := len(strs)
		strs = append(strs, s...)
		return uint32(off), uint32(len(s))
	}
	names := map[string][]uint32{}
	aliases := map[string][]uint32{}
	recTab := make([]byte, 0, len(recs)*recordSize)
	for i, e := range recs {
		var flags uint32
		if e.Withdrawn {
			flags |= flagWithdrwn
		}
		if isMalicious(e.ID) {
			flags |= flagMal
		}
		so, sl := addStr(e.ID)
		recTab = binary.LittleEndian.AppendUint64(recTab, uint64(e.Off))
		recTab = binary.LittleEndian.AppendUint32(recTab, uint32(e.Len))
		recTab = binary.LittleEndian.AppendUint32(recTab, flags)
		recTab = binary.LittleEndian.AppendUint32(recTab, so)
		recTab = binary.LittleEndian.AppendUint32(recTab, sl)
		for _, n := range e.Names {
			names[n] = append(names[n], uint32(i))
		}
		for _, a := range e.Aliases {
			aliases[a] = append(aliases[a], uint32(i))
		}
	}
	var lists []byte
	nList := 0
	table := func(m map[string][]uint32) []byte {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		tab := make([]byte, 0, len(keys)*keySize)
		for _, k := range keys {
			so, sl := addStr(k)
			tab = binary.LittleEndian.AppendUint32(tab, so)
			tab = binary.LittleEndian.AppendUint32(tab, sl)
			tab = binary.LittleEndian.AppendUint32(tab, uint32(nList))
			tab = binary.LittleEndian.AppendUint32(tab, uint32(len(m[k])))
			for _, r := range m[k] {
				lists = binary.LittleEndian.AppendUint32(lists, r)
				nList++
			}
		}
		return tab
	}
	nameTab := table(names)
	aliasTab := table(aliases)
	if len(strs) > 1<<31 || len(recs) > 1<<28 || nList > 1<<28 {
		return nil, errors.New("index too large")
	}
	out := make([]byte, 0, headerSize+len(recTab)+len(nameTab)+len(aliasTab)+len(lists)+len(strs))
	out = append(out, indexMagic...)
	for _, n := range []int{formatVersion, len(recs), len(names), len(aliases), nList, len(strs)} {
		out = binary.LittleEndian.AppendUint32(out, uint32(n))
	}
	out = append(out, recTab...)
	out = append(out, nameTab...)
	out = append(out, aliasTab...)
	out = append(out, lists...)
	out = append(out, strs...)
	return out, nil
}

// binIndex is a decoded view of index.bin; lookups binary-search it in
// place.
type binIndex struct {
	nRec, nName, nAlias         int
	recs, names, aliases, lists []byte
	strs                        []byte
}

// decodeIndex checks every offset and count of data against the section
// sizes and recordsSize (the size of records.jsonl), so later lookups
// cannot index out of range, and returns the view.
func decodeIndex(data []byte, recordsSize int64) (*binIndex, error) {
	if len(data) < headerSize || string(data[:8]) != indexMagic {
		return nil, errors.New("not a krait index")
	}
	h := func(i int) int { return int(u32(data[8+4*i:])) }
	if v := h(0); v != formatVersion {
		return nil, fmt.Errorf("format %d, this krait reads %d (re-import the database)", v, formatVersion)
	}
	ix := &binIndex{nRec: h(1), nName: h(2), nAlias: h(3)}
	nList, nStr := h(4), h(5)
	sizes := []int{ix.nRec * recordSize, ix.nName * keySize, ix.nAlias * keySize, nList * 4, nStr}
	total := headerSize
	for _, n := range sizes {
		if n < 0 || n > len(data) {
			return nil, errors.New("truncated")
		}
		total += n
	}
	if total != len(data) {
		return nil, fmt.Errorf("%d bytes, the header describes %d", len(data), total)
	}
	p := headerSize
	cut := func(n int) []byte { b := data[p : p+n]; p += n; return b }
	ix.recs, ix.names, ix.aliases, ix.lists, ix.strs = cut(sizes[0]), cut(sizes[1]), cut(sizes[2]), cut(sizes[3]), cut(sizes[4])
	str := func(off, n uint32) bool { return uint64(off)+uint64(n) <= uint64(len(ix.strs)) }
	var prev []byte
	for i := range ix.nRec {
		r := ix.recs[i*recordSize:]
		off, n := u64(r), u32(r[8:])
		if n == 0 || off > uint64(recordsSize) || uint64(n) > uint64(recordsSize)-off {
			return nil, fmt.Errorf("record %d lies outside the records file", i)
		}
		if !str(u32(r[16:]), u32(r[20:])) {
			return nil, fmt.Errorf("record %d: id outside the string area", i)
		}
		id := ix.recIDBytes(i)
		if i > 0 && bytes.Compare(id, prev) <= 0 {
			return nil, errors.New("records not sorted by id")
		}
		prev = id
	}
	for _, t := range []struct {
		tab []byte
		n   int
	}{{ix.names, ix.nName}, {ix.aliases, ix.nAlias}} {
		var prev []byte
		for i := range t.n {
			k := t.tab[i*keySize:]
			if !str(u32(k), u32(k[4:])) {
				return nil, fmt.Errorf("key %d outside the string area", i)
			}
			start, cnt := uint64(u32(k[8:])), uint64(u32(k[12:]))
			if start+cnt > uint64(nList) {
				return nil, fmt.Errorf("key %d: list outside the list area", i)
			}
			s := ix.key(t.tab, i)
			if i > 0 && bytes.Compare(s, prev) <= 0 {
				return nil, errors.New("keys not sorted")
			}
			prev = s
		}
	}
	for i := range nList {
		if int(u32(ix.lists[4*i:])) >= ix.nRec {
			return nil, fmt.Errorf("list entry %d names no record", i)
		}
	}
	return ix, nil
}

func (ix *binIndex) recIDBytes(i int) []byte {
	r := ix.recs[i*recordSize:]
	o, n := u32(r[16:]), u32(r[20:])
	return ix.strs[o : o+n]
}

func (ix *binIndex) recID(i int) string { return string(ix.recIDBytes(i)) }

func (ix *binIndex) record(i int) indexRecord {
	r := ix.recs[i*recordSize:]
	return indexRecord{
		ID:        ix.recID(i),
		Off:       int64(u64(r)),
		Len:       int(u32(r[8:])),
		Withdrawn: u32(r[12:])&flagWithdrwn != 0,
	}
}

func (ix *binIndex) flags(i int) uint32 { return u32(ix.recs[i*recordSize+12:]) }

// findRecord returns the position of the record with id, or -1.
func (ix *binIndex) findRecord(id string) int {
	i := sort.Search(ix.nRec, func(i int) bool { return bytes.Compare(ix.recIDBytes(i), []byte(id)) >= 0 })
	if i < ix.nRec && string(ix.recIDBytes(i)) == id {
		return i
	}
	return -1
}

func (ix *binIndex) key(tab []byte, i int) []byte {
	k := tab[i*keySize:]
	o, n := u32(k), u32(k[4:])
	return ix.strs[o : o+n]
}

// list returns the record positions of key in tab (names or aliases).
func (ix *binIndex) list(tab []byte, n int, key string) []int {
	i := sort.Search(n, func(i int) bool { return bytes.Compare(ix.key(tab, i), []byte(key)) >= 0 })
	if i == n || string(ix.key(tab, i)) != key {
		return nil
	}
	return ix.listAt(tab, i)
}

func (ix *binIndex) listAt(tab []byte, i int) []int {
	k := tab[i*keySize:]
	start, cnt := int(u32(k[8:])), int(u32(k[12:]))
	out := make([]int, cnt)
	for j := range cnt {
		out[j] = int(u32(ix.lists[4*(start+j):]))
	}
	return out
}

func (ix *binIndex) packages(name string) []int { return ix.list(ix.names, ix.nName, name) }
func (ix *binIndex) alias(a string) []int       { return ix.list(ix.aliases, ix.nAlias, a) }

// maliciousNames returns the sorted names with a live MAL- record.
func (ix *binIndex) maliciousNames() []string {
	var out []string
	for i := range ix.nName {
		if slices.ContainsFunc(ix.listAt(ix.names, i), func(r int) bool {
			return ix.flags(r)&(flagMal|flagWithdrwn) == flagMal
		}) {
			out = append(out, string(ix.key(ix.names, i)))
		}
	}
	return out
}
