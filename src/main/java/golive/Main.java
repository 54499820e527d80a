package golive; public class Main { public static void main(String[] a) {} }
