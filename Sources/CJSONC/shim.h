#ifndef BUURTKRACHT_CJSONC_SHIM_H
#define BUURTKRACHT_CJSONC_SHIM_H

// The single C entry point of BuurtkrachtJSON. Everything json-c that the
// Swift layer uses is reached through this header.
#include <json.h>
#include <stdint.h>
#include <stddef.h>

/// First entry of an object's insertion-ordered member list (NULL when empty or not an object).
static inline struct lh_entry *bk_object_head(const struct json_object *obj) {
    struct lh_table *t = json_object_get_object(obj);
    return t ? lh_table_head(t) : NULL;
}

/// Next member after `e` (NULL at the end).
static inline struct lh_entry *bk_entry_next(const struct lh_entry *e) { return lh_entry_next(e); }

/// Key of a member: a NUL-terminated UTF-8 C string owned by the object.
static inline const char *bk_entry_key(const struct lh_entry *e) { return (const char *)lh_entry_k(e); }

/// Value of a member (NULL for JSON null).
static inline struct json_object *bk_entry_value(const struct lh_entry *e) {
    return (struct json_object *)lh_entry_v(e);
}

/// Member entry for `key` in an object (NULL when absent or not an object).
static inline struct lh_entry *bk_object_lookup_entry(const struct json_object *obj, const char *key) {
    struct lh_table *t = json_object_get_object(obj);
    return t ? lh_table_lookup_entry(t, key) : NULL;
}

/// Original source text of a double parsed by json_tokener (NULL for NaN/Infinity literals
/// or doubles not created by the tokener).
static inline const char *bk_double_source_text(struct json_object *obj) {
    return (const char *)json_object_get_userdata(obj);
}

#endif
