/** Plain records and enums shared by every capability: orders, money, cart kinds, document types. */
package golive.domain;
